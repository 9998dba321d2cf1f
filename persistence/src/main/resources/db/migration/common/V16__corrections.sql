-- Corrections and complaints (issue 8, item 3): what was asked, by whom, when; who handles it;
-- how it ended (the change made, or a refusal with its reason); one month to answer.
CREATE TABLE correction_request (
  id             BIGINT PRIMARY KEY,
  kind           VARCHAR(12) NOT NULL,
  child_id       BIGINT REFERENCES child (id),
  section_id     BIGINT NOT NULL REFERENCES la_section (id),
  what           VARCHAR(1000) NOT NULL,
  requester      VARCHAR(200) NOT NULL,
  received_on    DATE NOT NULL,
  due_on         DATE NOT NULL,
  assigned_to    VARCHAR(60),
  resolved_on    DATE,
  outcome        VARCHAR(12),
  outcome_reason VARCHAR(1000),
  recorded_by    VARCHAR(60) NOT NULL
);
CREATE INDEX correction_request_open ON correction_request (section_id, resolved_on);
CREATE INDEX correction_request_child ON correction_request (child_id);
