-- Record lifecycle (issue 8): a record is archived at 18 (unless extended for a care leaver or a
-- young person with learning difficulties, with their consent, to 25 at most), a year after a
-- recorded death; archived records are deleted for good six years on, leaving a tombstone that
-- holds no personal data (the audit chain keeps its entries; their detail rows are purged).
ALTER TABLE child ADD COLUMN archived_on DATE;
ALTER TABLE child ADD COLUMN archive_reason VARCHAR(20);
CREATE INDEX child_archived ON child (archived_on);

CREATE TABLE record_extension (
  id           BIGINT PRIMARY KEY,
  child_id     BIGINT NOT NULL REFERENCES child (id),
  category     VARCHAR(30) NOT NULL,
  consent_note VARCHAR(500) NOT NULL,
  recorded_on  DATE NOT NULL,
  ends_on      DATE NOT NULL,
  withdrawn_on DATE,
  recorded_by  VARCHAR(60) NOT NULL
);
CREATE INDEX record_extension_child ON record_extension (child_id);

CREATE TABLE record_tombstone (
  id          BIGINT PRIMARY KEY,
  child_ref   VARCHAR(36) NOT NULL UNIQUE,
  section_id  BIGINT REFERENCES la_section (id),
  archived_on DATE NOT NULL,
  purged_at   TIMESTAMP NOT NULL
);

INSERT INTO job_lock (name, locked_until) VALUES ('record-lifecycle', TIMESTAMP '2000-01-01 00:00:00');
