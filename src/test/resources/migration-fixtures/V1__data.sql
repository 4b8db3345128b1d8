-- A store as schema version 1 left it, with some of everything that version could hold. Ids are left to the
-- database, as the app leaves them, so that the identity columns go on counting after the migration.
INSERT INTO contact (display_name, given_name, family_name, organization, role, category, relationship, notes,
                     how_we_met, met_on, added_on, vouch_for_them, vouch_for_me, keep_in_touch_weeks, birthday, archived)
VALUES ('Ada Lovelace', 'Ada', 'Lovelace', 'Analytical Engines', 'Engineer', 'PROFESSIONAL', 'CLIENT',
        'Sharp mind; notes with ''quotes'' and ümlauts', 'Regional meetup', DATE '2025-10-01', DATE '2025-10-02',
        'Brilliant analyst', 'Knows my work', 6, DATE '1815-12-10', FALSE),
       ('Grace Hopper', 'Grace', 'Hopper', 'Navy', 'Rear admiral', 'BOTH', 'FRIEND', '', '', NULL,
        DATE '2024-01-15', '', '', NULL, NULL, FALSE),
       ('Old Acquaintance', '', '', '', '', 'UNDECIDED', 'OTHER', '', '', NULL, DATE '2020-05-05', '', '', 52,
        NULL, TRUE);

INSERT INTO contact_email (contact_id, position, email)
SELECT id, 0, 'ada@example.com' FROM contact WHERE display_name = 'Ada Lovelace' UNION ALL
SELECT id, 1, 'ada@work.example' FROM contact WHERE display_name = 'Ada Lovelace' UNION ALL
SELECT id, 0, 'grace@navy.example' FROM contact WHERE display_name = 'Grace Hopper';

INSERT INTO contact_phone (contact_id, position, phone)
SELECT id, 0, '+44 20 7946 0000' FROM contact WHERE display_name = 'Ada Lovelace' UNION ALL
SELECT id, 0, '+1 202 555 0100' FROM contact WHERE display_name = 'Grace Hopper' UNION ALL
SELECT id, 1, '+1 202 555 0101' FROM contact WHERE display_name = 'Grace Hopper';

INSERT INTO contact_tag (contact_id, tag)
SELECT id, 'conference-2025' FROM contact WHERE display_name = 'Ada Lovelace' UNION ALL
SELECT id, 'math' FROM contact WHERE display_name = 'Ada Lovelace' UNION ALL
SELECT id, 'cobol' FROM contact WHERE display_name = 'Grace Hopper' UNION ALL
SELECT id, 'school' FROM contact WHERE display_name = 'Old Acquaintance';

INSERT INTO interaction (contact_id, happened_on, kind, notes)
SELECT id, DATE '2025-10-01', 'IN_PERSON', 'Met at the meetup' FROM contact WHERE display_name = 'Ada Lovelace' UNION ALL
SELECT id, DATE '2025-11-20', 'COFFEE_OR_MEAL', '' FROM contact WHERE display_name = 'Ada Lovelace' UNION ALL
SELECT id, DATE '2025-03-03', 'VIDEO_CALL', 'Compilers' FROM contact WHERE display_name = 'Grace Hopper' UNION ALL
SELECT id, DATE '2020-05-05', 'EMAIL', '' FROM contact WHERE display_name = 'Old Acquaintance';

INSERT INTO app_setting (setting_name, setting_value) VALUES
    ('rules.worlds', 'SEPARATE'), ('window.width', '1280');
