-- Brokered contact (DESIGN.md rules 5 and 6): a practitioner asks the management team of a
-- child's section to put them in touch with a shielded family or a sensitive service; the
-- brokering duty forwards it and records the outcome; the requester learns the outcome, and
-- the service only if the young person agreed.
CREATE TABLE contact_request (
  id                BIGINT PRIMARY KEY,
  child_id          BIGINT NOT NULL REFERENCES child (id),
  section_id        BIGINT NOT NULL REFERENCES la_section (id),
  requested_by      VARCHAR(60) NOT NULL,
  requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  message           VARCHAR(1000) NOT NULL,
  forwarded_to      VARCHAR(200),
  forwarded_by      VARCHAR(60),
  forwarded_at      TIMESTAMP WITH TIME ZONE,
  outcome           VARCHAR(20),
  outcome_by        VARCHAR(60),
  outcome_at        TIMESTAMP WITH TIME ZONE,
  shared_contact    VARCHAR(300)
);
CREATE INDEX contact_request_queue ON contact_request (section_id, outcome_at);
CREATE INDEX contact_request_requester ON contact_request (requested_by, requested_at);
