-- Shields (DESIGN.md rule 5): who shielded a child, on which criterion, why, until which
-- review, and who lifted it. child.shielded stays the flag every read path tests; these rows
-- are its history. Practitioners' requests wait in shield_request for the shielding duty.
CREATE TABLE shield (
  id             BIGINT PRIMARY KEY,
  child_id       BIGINT NOT NULL REFERENCES child (id),
  criterion      VARCHAR(30) NOT NULL,
  reason         VARCHAR(1000) NOT NULL,
  review_on      DATE NOT NULL,
  applied_by     VARCHAR(60) NOT NULL,
  applied_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  removed_by     VARCHAR(60),
  removed_at     TIMESTAMP WITH TIME ZONE,
  removal_reason VARCHAR(1000)
);
CREATE INDEX shield_child ON shield (child_id, removed_at);
CREATE INDEX shield_review ON shield (removed_at, review_on);

CREATE TABLE shield_request (
  id            BIGINT PRIMARY KEY,
  child_id      BIGINT NOT NULL REFERENCES child (id),
  section_id    BIGINT NOT NULL REFERENCES la_section (id),
  requested_by  VARCHAR(60) NOT NULL,
  requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  reason        VARCHAR(1000) NOT NULL,
  decided_by    VARCHAR(60),
  decided_at    TIMESTAMP WITH TIME ZONE,
  approved      BOOLEAN,
  decision_note VARCHAR(1000)
);
CREATE INDEX shield_request_open ON shield_request (section_id, decided_at);
