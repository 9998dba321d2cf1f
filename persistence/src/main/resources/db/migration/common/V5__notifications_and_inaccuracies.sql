-- What a practitioner is told about the children they work with: another practitioner joined,
-- ended their involvement, or took the lead.
CREATE TABLE notification (
  id           BIGINT PRIMARY KEY,
  recipient_id BIGINT NOT NULL REFERENCES practitioner (id),
  child_id     BIGINT NOT NULL REFERENCES child (id),
  kind         VARCHAR(20) NOT NULL,
  actor_id     BIGINT NOT NULL REFERENCES practitioner (id),
  happened_at  TIMESTAMP NOT NULL
);
CREATE INDEX notification_recipient ON notification (recipient_id, happened_at);

-- A fact a practitioner reports as wrong, for the section's data-quality work.
CREATE TABLE inaccuracy_report (
  id          BIGINT PRIMARY KEY,
  child_id    BIGINT NOT NULL REFERENCES child (id),
  section_id  BIGINT NOT NULL REFERENCES la_section (id),
  fact        VARCHAR(20) NOT NULL,
  note        VARCHAR(500) NOT NULL,
  reporter_id BIGINT NOT NULL REFERENCES practitioner (id),
  reported_at TIMESTAMP NOT NULL,
  status      VARCHAR(20) NOT NULL
);
CREATE INDEX inaccuracy_report_section ON inaccuracy_report (section_id, status);
