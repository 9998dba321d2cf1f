-- Two sources sending the same new child at once must end with one child (DESIGN.md rule 10): a
-- record about to create a child locks rows of this table, one per block it reads or would write
-- (a name key with a date of birth, a name key or a date of birth in a postcode district, an
-- identifier; each hashed to one of 1,048,576 buckets), and is matched again once it holds them
-- (docs/feeds.md, "Two sources at once"). Only locked, never updated: the rows mean nothing.
CREATE TABLE new_child_lock (
  bucket INTEGER NOT NULL PRIMARY KEY
);
