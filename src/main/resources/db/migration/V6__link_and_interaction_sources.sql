-- Where a link's state and an interaction came from when a platform download or a calendar filled them:
-- the source (FACEBOOK, INSTAGRAM, LINKEDIN, CALENDAR; NULL when the user set it) and the day
-- that source knew it. An interaction from a file carries a key unique within its source (calendar UID and
-- occurrence day; the LinkedIn partner and day), so importing the same files again adds nothing. import_run
-- marks the rows one import added, so that the whole import can be undone.
ALTER TABLE link ADD COLUMN source VARCHAR(40);
ALTER TABLE link ADD COLUMN source_on DATE;

ALTER TABLE link_change ADD COLUMN source VARCHAR(40);
ALTER TABLE link_change ADD COLUMN import_run VARCHAR(40);

ALTER TABLE interaction ADD COLUMN source VARCHAR(40);
ALTER TABLE interaction ADD COLUMN source_key VARCHAR(300);
ALTER TABLE interaction ADD COLUMN import_run VARCHAR(40);

CREATE INDEX ix_interaction_source_key ON interaction (source_key);
CREATE INDEX ix_interaction_import_run ON interaction (import_run);
CREATE INDEX ix_link_change_import_run ON link_change (import_run);
