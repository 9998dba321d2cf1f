-- PostgreSQL's partial index of shielded children and new identities by birth date (see its V20).
-- H2 has no partial indexes: the birth date with both flags, so the check reads the index only.
CREATE INDEX child_held_back_birth ON child (birth_date, shielded, new_identity);
