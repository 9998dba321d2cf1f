-- A search on a name and a year of birth read every matching key row from the table for its
-- child_id, then probed each child's keys by child_id, reading the table again for the key and
-- date: at 11 million children a common given name over a year is thousands of rows, and both
-- steps went to the table for each (docs/benchmarks.md, "The year search's plan at 11M"). With
-- the columns the search asks for in the index, PostgreSQL answers both from the index alone
-- (an index-only scan, once the table's pages are marked all-visible by vacuum); the indexes
-- keep their names and their leading columns, so every other read is served as before.
DROP INDEX child_search_key_birth;
CREATE INDEX child_search_key_birth ON child_search_key (search_key, birth_date, child_id);
DROP INDEX child_search_key_district;
CREATE INDEX child_search_key_district ON child_search_key (search_key, postcode_district, child_id);
DROP INDEX child_search_key_child;
CREATE INDEX child_search_key_child ON child_search_key (child_id, search_key, birth_date, postcode_district);
