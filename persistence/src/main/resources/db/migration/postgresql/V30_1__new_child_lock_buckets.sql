-- The buckets of new_child_lock (V30), all there from the start: a lock never waits on an insert.
INSERT INTO new_child_lock (bucket) SELECT generate_series(0, 1048575);
