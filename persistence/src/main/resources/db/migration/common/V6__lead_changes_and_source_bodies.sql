-- The agreed change of lead professional, kept as a fact of its own.
CREATE TABLE lead_change (
  id                 BIGINT PRIMARY KEY,
  child_id           BIGINT NOT NULL REFERENCES child (id),
  previous_lead_id   BIGINT NOT NULL REFERENCES practitioner (id),
  new_lead_id        BIGINT NOT NULL REFERENCES practitioner (id),
  agreed_at          TIMESTAMP NOT NULL
);
CREATE INDEX lead_change_child ON lead_change (child_id);

-- The source system an organisation runs (its feed's source code): its staff see the number
-- that system gives a child, nobody else does.
ALTER TABLE organisation ADD COLUMN source_code VARCHAR(40);
