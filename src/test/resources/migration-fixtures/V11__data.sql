-- extends V10
-- What version 11 added: the days of LinkedIn messages a download gave for one person, kept in one row (days since
-- 1970-01-01: 2025-11-03 and 2025-11-05).
INSERT INTO linkedin_message_days (contact_id, import_run, days)
SELECT id, 'run-2', ARRAY[20395, 20397] FROM contact WHERE display_name = 'Ada Lovelace';
