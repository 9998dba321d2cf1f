-- Scheduled jobs run on every node; a run takes its job's row here and skips when another
-- node holds it (DESIGN.md, timers).
CREATE TABLE job_lock (
  name         VARCHAR(60) PRIMARY KEY,
  locked_until TIMESTAMP NOT NULL
);
INSERT INTO job_lock (name, locked_until) VALUES ('account-housekeeping', TIMESTAMP '2000-01-01 00:00:00');
