-- The local authority a feed record names, kept when the record is read, so that each section's
-- management team sees its sources' match, review and reject rates on the dashboard (issue 10).
-- Records received before this column, and records too malformed to name one, count nationally.
ALTER TABLE feed_record ADD COLUMN la_code VARCHAR(9);
CREATE INDEX feed_record_la ON feed_record (la_code, processed_at);
