-- A store as schema version 11 left it, with some of everything that version could hold. Ids are left to the
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

-- Version 5: an interaction row names no one; interaction_contact links it to each of its people. The meetup
-- was with Ada and Grace together: one interaction, two people.
INSERT INTO interaction (happened_on, kind, notes) VALUES
    (DATE '2025-10-01', 'IN_PERSON', 'Met at the meetup'),
    (DATE '2025-11-20', 'COFFEE_OR_MEAL', ''),
    (DATE '2025-03-03', 'VIDEO_CALL', 'Compilers'),
    (DATE '2020-05-05', 'EMAIL', '');

INSERT INTO interaction_contact (interaction_id, contact_id)
SELECT i.id, c.id FROM interaction i, contact c
 WHERE i.notes = 'Met at the meetup' AND c.display_name IN ('Ada Lovelace', 'Grace Hopper') UNION ALL
SELECT i.id, c.id FROM interaction i, contact c
 WHERE i.happened_on = DATE '2025-11-20' AND c.display_name = 'Ada Lovelace' UNION ALL
SELECT i.id, c.id FROM interaction i, contact c
 WHERE i.notes = 'Compilers' AND c.display_name = 'Grace Hopper' UNION ALL
SELECT i.id, c.id FROM interaction i, contact c
 WHERE i.happened_on = DATE '2020-05-05' AND c.display_name = 'Old Acquaintance';

INSERT INTO app_setting (setting_name, setting_value) VALUES
    ('rules.worlds', 'SEPARATE'), ('window.width', '1280');

-- What version 2 added: platforms (one of the user's own, one hidden), links with their history, and an edited
-- message template.
INSERT INTO platform (id, name, sphere, position, hidden) VALUES ('mastodon', 'Mastodon', 'PUBLIC', 5, FALSE);
UPDATE platform SET hidden = TRUE WHERE id = 'business-page';

INSERT INTO link (contact_id, platform_id, state, since, handle)
SELECT id, 'linkedin', 'CONNECTED', DATE '2025-10-03', 'in/ada' FROM contact WHERE display_name = 'Ada Lovelace' UNION ALL
SELECT id, 'facebook', 'REQUEST_RECEIVED', DATE '2025-11-01', '' FROM contact WHERE display_name = 'Ada Lovelace' UNION ALL
SELECT id, 'mastodon', 'REQUEST_SENT', NULL, '@grace@navy.example' FROM contact WHERE display_name = 'Grace Hopper' UNION ALL
SELECT id, 'linkedin', 'REMOVED', DATE '2021-01-01', NULL FROM contact WHERE display_name = 'Old Acquaintance';

INSERT INTO link_change (contact_id, platform_id, changed_on, from_state, to_state)
SELECT id, 'linkedin', DATE '2025-10-02', 'NONE', 'REQUEST_SENT' FROM contact WHERE display_name = 'Ada Lovelace' UNION ALL
SELECT id, 'linkedin', DATE '2025-10-03', 'REQUEST_SENT', 'CONNECTED' FROM contact WHERE display_name = 'Ada Lovelace' UNION ALL
SELECT id, 'linkedin', DATE '2021-01-01', 'CONNECTED', 'REMOVED' FROM contact WHERE display_name = 'Old Acquaintance';

UPDATE message_template SET body = 'Hi {firstName}, my own words. {myName}' WHERE id = 'polite-decline';

-- What version 3 added: the follow-up queue, with an open rule follow-up, a dismissed one (it must not come
-- back), a done one of the user's own and a closed one.
INSERT INTO follow_up (contact_id, platform_id, rule, trigger_key, title, message, due, status, created_on, closed_on)
SELECT id, 'facebook', 'F1', 'F1:facebook:2025-11-01', 'Meet Ada for coffee or a call before answering their Facebook request',
       'Hi Ada, coffee next week?', DATE '2025-11-08', 'OPEN', DATE '2025-11-01', NULL
  FROM contact WHERE display_name = 'Ada Lovelace' UNION ALL
SELECT id, NULL, 'F4', 'F4:2025-03-03', 'Catch up with Grace', NULL, DATE '2025-04-14', 'DISMISSED',
       DATE '2025-04-14', DATE '2025-04-15'
  FROM contact WHERE display_name = 'Grace Hopper' UNION ALL
SELECT id, NULL, 'MANUAL', 'manual:1', 'Send Grace the COBOL paper', NULL, DATE '2025-05-01', 'DONE',
       DATE '2025-04-20', DATE '2025-05-02'
  FROM contact WHERE display_name = 'Grace Hopper' UNION ALL
SELECT id, 'linkedin', 'F3', 'F3:linkedin:2021-01-01', 'Accept Old''s LinkedIn request', NULL, DATE '2021-01-01',
       'CLOSED', DATE '2021-01-01', DATE '2021-01-01'
  FROM contact WHERE display_name = 'Old Acquaintance';

-- Version 5 also lets a follow-up belong to no contact: the one many undecided contacts share.
INSERT INTO follow_up (contact_id, platform_id, rule, trigger_key, title, message, due, status, created_on, closed_on)
VALUES (NULL, NULL, 'SORT', 'SORT:2025-11-10', 'Sort 12 people: barbecue or business lunch?', NULL,
        DATE '2025-11-10', 'DISMISSED', DATE '2025-11-18', DATE '2025-11-19');

-- What version 6 added: where a link's state and an interaction came from (a download, a calendar), the key
-- that keeps a re-import from doubling an interaction, and the import run that added them (for its undo).
UPDATE link SET source = 'FACEBOOK', source_on = DATE '2025-11-28'
WHERE platform_id = 'facebook' AND contact_id = (SELECT id FROM contact WHERE display_name = 'Ada Lovelace');

INSERT INTO link_change (contact_id, platform_id, changed_on, from_state, to_state, source, import_run)
SELECT id, 'facebook', DATE '2025-11-01', 'NONE', 'REQUEST_RECEIVED', 'FACEBOOK', 'run-1'
FROM contact WHERE display_name = 'Ada Lovelace';

UPDATE interaction SET source = 'CALENDAR', source_key = 'ics:weekly@google.com:2025-03-03', import_run = 'run-1'
WHERE kind = 'VIDEO_CALL' AND id IN (SELECT interaction_id FROM interaction_contact
                                     WHERE contact_id = (SELECT id FROM contact WHERE display_name = 'Grace Hopper'));

-- What version 7 allowed: a link state whose day nobody knows, and a ledger entry without a day.
INSERT INTO link (contact_id, platform_id, state, since, handle)
SELECT id, 'instagram', 'CONNECTED', NULL, 'old.acquaintance' FROM contact WHERE display_name = 'Old Acquaintance';

INSERT INTO link_change (contact_id, platform_id, changed_on, from_state, to_state)
SELECT id, 'instagram', NULL, 'NONE', 'CONNECTED' FROM contact WHERE display_name = 'Old Acquaintance';

-- What version 11 added: the days of LinkedIn messages a download gave for one person, kept in one row (days since
-- 1970-01-01: 2025-11-03 and 2025-11-05).
INSERT INTO linkedin_message_days (contact_id, import_run, days)
SELECT id, 'run-2', ARRAY[20395, 20397] FROM contact WHERE display_name = 'Ada Lovelace';
