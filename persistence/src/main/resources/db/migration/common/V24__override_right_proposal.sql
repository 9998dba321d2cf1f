-- Two people for the override right (DESIGN.md rule 5): one member of a section's shielding
-- duty proposes a child-protection user, a different member confirms, and only then is the right
-- granted (user_account.override_granted_*). A proposal nobody confirms lapses after its
-- expires_at; a refused or withdrawn one stays as history with its outcome.
CREATE TABLE override_right_proposal (
  id           BIGINT PRIMARY KEY,
  grantee_id   BIGINT NOT NULL REFERENCES user_account (id),
  section_id   BIGINT NOT NULL REFERENCES la_section (id),
  proposed_by  VARCHAR(60) NOT NULL,
  proposed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_by    VARCHAR(60),
  closed_at    TIMESTAMP WITH TIME ZONE,
  outcome      VARCHAR(20)
);
CREATE INDEX override_right_proposal_open ON override_right_proposal (section_id, closed_at);
CREATE INDEX override_right_proposal_grantee ON override_right_proposal (grantee_id, proposed_at);
