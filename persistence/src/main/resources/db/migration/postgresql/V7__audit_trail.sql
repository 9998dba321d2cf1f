-- The audit trail (DESIGN.md rule 4), PostgreSQL: entries partitioned by month (national volume
-- is millions a day; retention drops whole months) and refused UPDATE and DELETE by a trigger.
-- Keep in step with db/migration/h2/V7__audit_trail.sql.

-- One hash chain per section (and one national): its head is locked while an entry is added,
-- so entries of one chain are numbered without gaps and each names its predecessor's hash.
-- first_seq/anchor_hash move forward only when retention drops the oldest entries.
CREATE TABLE audit_chain (
  chain_key   VARCHAR(40) PRIMARY KEY,
  last_seq    BIGINT NOT NULL,
  last_hash   CHAR(64) NOT NULL,
  first_seq   BIGINT NOT NULL,
  anchor_hash CHAR(64) NOT NULL
);

-- Ids, action and outcome only; no personal value (those live in audit_detail).
CREATE TABLE audit_entry (
  id                    BIGINT NOT NULL,
  occurred_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  chain_key             VARCHAR(40) NOT NULL,
  seq                   BIGINT NOT NULL,
  prev_hash             CHAR(64) NOT NULL,
  entry_hash            CHAR(64) NOT NULL,
  action                VARCHAR(40) NOT NULL,
  outcome               VARCHAR(20) NOT NULL,
  actor_username        VARCHAR(60),
  actor_account_id      BIGINT,
  actor_roles           VARCHAR(300),
  actor_organisation_id BIGINT,
  actor_section_id      BIGINT,
  child_ref             VARCHAR(36),
  subject_section_id    BIGINT,
  subject_shielded      BOOLEAN NOT NULL,
  target_ref            VARCHAR(80),
  client_address        VARCHAR(64),
  detail_hash           CHAR(64),
  PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE INDEX audit_entry_chain ON audit_entry (chain_key, seq);
CREATE INDEX audit_entry_actor ON audit_entry (actor_username, occurred_at);
CREATE INDEX audit_entry_child ON audit_entry (child_ref, occurred_at);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);

-- The personal values of an entry (criteria, reason text, before/after), hashed into the entry.
-- The lifecycle purge deletes these rows and records the deletion in audit_detail_purge.
CREATE TABLE audit_detail (
  entry_id       BIGINT PRIMARY KEY,
  content        TEXT NOT NULL,
  search_surname VARCHAR(100)
);
CREATE INDEX audit_detail_surname ON audit_detail (search_surname);

CREATE TABLE audit_detail_purge (
  entry_id  BIGINT PRIMARY KEY,
  purged_at TIMESTAMP WITH TIME ZONE NOT NULL,
  purged_by VARCHAR(60) NOT NULL
);

CREATE TABLE audit_alert (
  id               BIGINT PRIMARY KEY,
  rule             VARCHAR(30) NOT NULL,
  subject_username VARCHAR(60) NOT NULL,
  section_id       BIGINT,
  raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  window_key       VARCHAR(160) NOT NULL UNIQUE,
  summary          VARCHAR(300) NOT NULL,
  status           VARCHAR(20) NOT NULL,
  investigation_id BIGINT
);
CREATE INDEX audit_alert_open ON audit_alert (status, section_id);

CREATE TABLE investigation (
  id                  BIGINT PRIMARY KEY,
  subject_username    VARCHAR(60) NOT NULL,
  section_id          BIGINT,
  opened_by           VARCHAR(60) NOT NULL,
  opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  account_suspended_at TIMESTAMP WITH TIME ZONE,
  manager_notified_at TIMESTAMP WITH TIME ZONE,
  closed_by           VARCHAR(60),
  closed_at           TIMESTAMP WITH TIME ZONE,
  outcome             VARCHAR(30),
  outcome_note        VARCHAR(2000)
);
CREATE INDEX investigation_open ON investigation (closed_at, section_id);

-- A message to a member of staff that is not about a child: "an investigation concerns one of
-- your users". Shown on the recipient's home page until read.
CREATE TABLE staff_notice (
  id                 BIGINT PRIMARY KEY,
  recipient_username VARCHAR(60) NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  message            VARCHAR(500) NOT NULL,
  read_at            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX staff_notice_recipient ON staff_notice (recipient_username, read_at);

-- Where the alert scan got to.
CREATE TABLE audit_scan (
  name          VARCHAR(40) PRIMARY KEY,
  scanned_until TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO audit_scan (name, scanned_until) VALUES ('alerts', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
INSERT INTO job_lock (name, locked_until) VALUES ('audit-alerts', TIMESTAMP '2000-01-01 00:00:00');
INSERT INTO job_lock (name, locked_until) VALUES ('audit-retention', TIMESTAMP '2000-01-01 00:00:00');

-- Monthly partitions from January 2025 for three years, and a default partition so that no
-- write ever fails for want of one. AuditPartitions (a daily job) keeps a year ahead.
CREATE TABLE audit_entry_default PARTITION OF audit_entry DEFAULT;
DO $$
DECLARE
  month DATE := DATE '2025-01-01';
BEGIN
  WHILE month < DATE '2028-01-01' LOOP
    -- Month boundaries in UTC, as AuditMaintenance creates the later ones.
    EXECUTE format('CREATE TABLE audit_entry_%s PARTITION OF audit_entry FOR VALUES FROM (%L) TO (%L)',
                   to_char(month, 'YYYYMM'), month::timestamp AT TIME ZONE 'UTC',
                   (month + INTERVAL '1 month')::timestamp AT TIME ZONE 'UTC');
    month := month + INTERVAL '1 month';
  END LOOP;
END $$;

-- Append-only: an entry is never changed or deleted (retention drops whole partitions), a detail
-- is never changed (the purge may delete it, and records that it did), a purge record stays.
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_detail_unchangeable BEFORE UPDATE ON audit_detail
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_detail_purge_append_only BEFORE UPDATE OR DELETE ON audit_detail_purge
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
