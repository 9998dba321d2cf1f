-- Subject access requests (issue 8): who asked for a child's data, when, the one-month deadline,
-- the team's decision on shielded details, and when it was answered. Deleted with the record.
CREATE TABLE subject_access_request (
  id               BIGINT PRIMARY KEY,
  child_id         BIGINT NOT NULL REFERENCES child (id),
  section_id       BIGINT NOT NULL REFERENCES la_section (id),
  requester        VARCHAR(200) NOT NULL,
  received_on      DATE NOT NULL,
  due_on           DATE NOT NULL,
  include_shielded BOOLEAN NOT NULL,
  decision_note    VARCHAR(500),
  answered_on      DATE,
  recorded_by      VARCHAR(60) NOT NULL
);
CREATE INDEX subject_access_request_open ON subject_access_request (section_id, answered_on);
CREATE INDEX subject_access_request_child ON subject_access_request (child_id);
