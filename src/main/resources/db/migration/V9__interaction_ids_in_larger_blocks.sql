-- Taking 10,000 identity values at a time still made H2 write the store out 20 times during the import of a
-- LinkedIn messages.csv of 200,000 rows (each refill commits the sequence, and that commit writes every unsaved
-- page, the import's own with them): a tenth of the import's time. Interactions come in the largest numbers,
-- so theirs are taken 200,000 at a time. A crash loses only values not used yet: a gap in the ids.
/* [jooq ignore start] */
ALTER TABLE interaction ALTER COLUMN id SET CACHE 200000;
/* [jooq ignore stop] */
