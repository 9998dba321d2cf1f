-- PostgreSQL's V21 makes two indexes partial; H2 has no partial indexes and keeps them whole
-- (the demo database is small). Recorded so both databases reach the same version.
COMMENT ON INDEX parent_carer_shielded_address IS 'PostgreSQL: partial, WHERE shielded (V21)';
