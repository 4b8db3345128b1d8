-- Only an import's Undo looks interactions up by the import that added them, and reading the table once for it
-- takes a fraction of a second. The index cost every imported interaction a third write, its import's key
-- compared and stored again: a quarter of the time of writing a LinkedIn messages.csv of 200,000 rows.
DROP INDEX ix_interaction_import_run;
