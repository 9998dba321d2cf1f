-- Sensitive services (DESIGN.md rule 6): an involvement of a sexual-health, drugs, alcohol or
-- mental-health service is held only on a recorded basis — the young person's consent (their
-- competence noted), a parent's where the young person cannot understand, or the provider's
-- judgement of significant harm. Withdrawn consent removes the involvement.
ALTER TABLE involvement ADD COLUMN consent_basis VARCHAR(30);
ALTER TABLE involvement ADD COLUMN consent_note VARCHAR(500);
ALTER TABLE involvement ADD COLUMN consent_recorded_on DATE;
