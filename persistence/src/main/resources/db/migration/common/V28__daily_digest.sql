-- A daily e-mail, for the accounts that ask for it, counting the changes on the children they
-- work with (never naming a child): whether it is asked for, and up to when it has told them.
ALTER TABLE user_account ADD COLUMN daily_digest BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE user_account ADD COLUMN digest_covered_to TIMESTAMP;
INSERT INTO job_lock (name, locked_until) VALUES ('daily-digest', TIMESTAMP '2000-01-01 00:00:00');
