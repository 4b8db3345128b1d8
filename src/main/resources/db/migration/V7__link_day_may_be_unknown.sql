-- A file can name a link's state without a day that can be read (a LinkedIn export re-saved by a spreadsheet
-- in a form nobody can parse). Storing the import day instead made years-old connections and unanswered
-- requests look new, so the day is now left empty and the rules say it is not known.
ALTER TABLE link ALTER COLUMN since SET NULL;
ALTER TABLE link_change ALTER COLUMN changed_on SET NULL;
