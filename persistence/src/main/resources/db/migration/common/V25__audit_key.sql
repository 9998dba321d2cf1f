-- The audit key: an entry's hash is an HMAC under a key held outside the database, and the entry
-- names that key's id (a digest of it, never the key). Entries written before have none: they
-- were chained with plain SHA-256 and still verify as such.
ALTER TABLE audit_entry ADD COLUMN seal_key VARCHAR(16);
