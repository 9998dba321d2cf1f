-- PostgreSQL's V26 puts audit partitions in the hands of the schema's owner; H2 has no
-- partitions (retention deletes rows) and no roles to separate. Recorded so both databases reach
-- the same version.
COMMENT ON TABLE audit_entry IS 'Append-only audit trail (DESIGN.md rule 4)';
