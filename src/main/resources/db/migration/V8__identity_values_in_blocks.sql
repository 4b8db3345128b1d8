-- An import writes thousands of rows in one transaction. H2 takes identity values 32 at a time, and each time
-- it takes the next 32 it writes the store out (WRITE_DELAY=0), the import's uncommitted pages with it: 200,000
-- interactions from a LinkedIn messages.csv wrote the store some 6,000 times. Taken 10,000 at a time instead.
-- A crash loses only the values not used yet: a gap in the ids, which nothing reads.
-- (jOOQ's code generator cannot parse SET CACHE and needs none of it.)
/* [jooq ignore start] */
ALTER TABLE contact ALTER COLUMN id SET CACHE 10000;
ALTER TABLE interaction ALTER COLUMN id SET CACHE 10000;
ALTER TABLE link_change ALTER COLUMN id SET CACHE 10000;
ALTER TABLE follow_up ALTER COLUMN id SET CACHE 10000;
/* [jooq ignore stop] */

-- Nothing looks an interaction up by its source key alone (an import reads a whole source's keys at once), so
-- this index only cost every imported row a second write.
DROP INDEX ix_interaction_source_key;
