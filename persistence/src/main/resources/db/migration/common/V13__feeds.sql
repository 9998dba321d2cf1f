-- Source-system feeds (issue 7). A batch is stored as received, one row per record, before
-- anything is applied; each record is then applied in a transaction of its own that also writes
-- its outcome, so a server killed mid-batch resumes from the rows without an outcome and the
-- version column stops two nodes applying the same record twice.
CREATE TABLE feed_batch (
  id           BIGINT PRIMARY KEY,
  source_code  VARCHAR(40) NOT NULL,
  batch_ref    VARCHAR(64) NOT NULL,
  content_hash VARCHAR(64) NOT NULL,
  record_count INTEGER NOT NULL,
  status       VARCHAR(12) NOT NULL,
  received_at  TIMESTAMP NOT NULL,
  finished_at  TIMESTAMP,
  version      INTEGER NOT NULL,
  CONSTRAINT feed_batch_unique UNIQUE (source_code, batch_ref)
);
CREATE INDEX feed_batch_status ON feed_batch (status);
ALTER TABLE feed_batch ADD COLUMN trial BOOLEAN DEFAULT FALSE NOT NULL;

-- The go-live gate: a new source's first batch is a trial, matched but not applied; its later
-- batches wait until the data-quality team approves it, which needs 95 % of the trial settled
-- automatically (the bar NHS CP-IS sets a council).
CREATE TABLE feed_source (
  id             BIGINT PRIMARY KEY,
  source_code    VARCHAR(40) NOT NULL UNIQUE,
  status         VARCHAR(10) NOT NULL,
  trial_batch_id BIGINT REFERENCES feed_batch (id),
  approved_by    VARCHAR(60),
  approved_at    TIMESTAMP,
  version        INTEGER NOT NULL
);

-- The record as the source sent it (JSON; a CSV row is kept as the same JSON), until its
-- outcome. Only fields of the data set are ever applied from it.
CREATE TABLE feed_record (
  id           BIGINT PRIMARY KEY,
  batch_id     BIGINT NOT NULL REFERENCES feed_batch (id),
  seq_no       INTEGER NOT NULL,
  record_ref   VARCHAR(100),
  content      VARCHAR(16000) NOT NULL,
  outcome      VARCHAR(10),
  child_id     BIGINT REFERENCES child (id),
  errors       VARCHAR(4000),
  matched_by   VARCHAR(12),
  processed_at TIMESTAMP,
  version      INTEGER NOT NULL,
  CONSTRAINT feed_record_seq UNIQUE (batch_id, seq_no)
);
CREATE INDEX feed_record_outcome ON feed_record (batch_id, outcome);

-- The data-quality queue: records matching could not settle, and every record that meets a
-- shielded child. Candidates are kept as the weights were when the case opened.
CREATE TABLE match_case (
  id             BIGINT PRIMARY KEY,
  feed_record_id BIGINT NOT NULL REFERENCES feed_record (id),
  section_id     BIGINT NOT NULL REFERENCES la_section (id),
  reason         VARCHAR(30) NOT NULL,
  shielded       BOOLEAN NOT NULL,
  candidates     VARCHAR(2000) NOT NULL,
  status         VARCHAR(12) NOT NULL,
  opened_at      TIMESTAMP NOT NULL,
  decided_by     VARCHAR(60),
  decided_at     TIMESTAMP,
  child_id       BIGINT REFERENCES child (id),
  version        INTEGER NOT NULL
);
CREATE INDEX match_case_open ON match_case (section_id, status);
CREATE INDEX match_case_record ON match_case (feed_record_id);

-- A record naming another local authority moves the child to that section; both teams see it.
CREATE TABLE child_transfer (
  id              BIGINT PRIMARY KEY,
  child_id        BIGINT NOT NULL REFERENCES child (id),
  from_section_id BIGINT NOT NULL REFERENCES la_section (id),
  to_section_id   BIGINT NOT NULL REFERENCES la_section (id),
  source          VARCHAR(40) NOT NULL,
  transferred_at  TIMESTAMP NOT NULL
);
CREATE INDEX child_transfer_child ON child_transfer (child_id);
CREATE INDEX child_transfer_from ON child_transfer (from_section_id, transferred_at);
CREATE INDEX child_transfer_to ON child_transfer (to_section_id, transferred_at);

-- A child given a new identity (adoption, protection): never linked to the old record by matching.
ALTER TABLE child ADD COLUMN new_identity BOOLEAN DEFAULT FALSE NOT NULL;

-- Two records of one child merged by the data-quality team: the merged record points at the one
-- that stays and loses its search keys; what moved is logged so that a wrong merge can be split.
ALTER TABLE child ADD COLUMN merged_into_id BIGINT REFERENCES child (id);
CREATE TABLE child_merge (
  id          BIGINT PRIMARY KEY,
  survivor_id BIGINT NOT NULL REFERENCES child (id),
  merged_id   BIGINT NOT NULL REFERENCES child (id),
  moved       VARCHAR(4000) NOT NULL,
  merged_by   VARCHAR(60) NOT NULL,
  merged_at   TIMESTAMP NOT NULL,
  split_by    VARCHAR(60),
  split_at    TIMESTAMP
);
CREATE INDEX child_merge_survivor ON child_merge (survivor_id);
CREATE INDEX child_merge_merged ON child_merge (merged_id);

-- A recorded death (the lifecycle issue archives the record a year later).
ALTER TABLE child ADD COLUMN date_of_death DATE;
ALTER TABLE child ADD COLUMN death_source VARCHAR(40);
