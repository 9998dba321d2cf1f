-- Two indexes held every row to find a few (docs/benchmarks.md, "England-scale data"): at 11
-- million children parent_carer_shielded_address indexed all 17.9 million carers (408 MB) to find
-- the shielded ones, and child_archived 11 million nulls (76 MB). Each carer or child written paid
-- for them, and a search's shielded-carer check probed the large one. Only the few are indexed now.
-- Every query that uses them says so in a way PostgreSQL can prove: "shielded = TRUE" (Children,
-- CandidateFinder) and "archived_on <= ?" (RecordLifecycle, DpoReports), never a bound boolean.
DROP INDEX parent_carer_shielded_address;
CREATE INDEX parent_carer_shielded_address ON parent_carer (postcode, address_line1) WHERE shielded;
DROP INDEX child_archived;
CREATE INDEX child_archived ON child (archived_on) WHERE archived_on IS NOT NULL;
