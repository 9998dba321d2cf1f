-- Accounts of people who use ContactPoint, their roles and duties, organisation accreditation,
-- and login attempts for rate limiting. The Elytron realm `contactpoint` reads
-- user_account, user_account_role and user_account_duty (wildfly-config/src/main/cli/04-security.cli).

ALTER TABLE organisation ADD COLUMN accredited_on DATE;
ALTER TABLE organisation ADD COLUMN account_limit INTEGER DEFAULT 0 NOT NULL;

CREATE TABLE user_account (
  id                   BIGINT PRIMARY KEY,
  username             VARCHAR(60) NOT NULL UNIQUE,
  practitioner_id      BIGINT NOT NULL UNIQUE REFERENCES practitioner (id),
  section_id           BIGINT NOT NULL REFERENCES la_section (id),
  status               VARCHAR(20) NOT NULL,
  password_hash        VARCHAR(200),
  pin_hash             VARCHAR(200),
  totp_secret          VARCHAR(200),
  last_totp_step       BIGINT DEFAULT 0 NOT NULL,
  failed_attempts      INTEGER DEFAULT 0 NOT NULL,
  last_failure_at      TIMESTAMP,
  last_login_at        TIMESTAMP,
  vetted_on            DATE,
  trained_on           DATE,
  agreement_signed_on  DATE,
  activation_code_hash VARCHAR(200),
  activation_expires_at TIMESTAMP,
  created_at           TIMESTAMP NOT NULL,
  version              INTEGER NOT NULL
);
CREATE INDEX user_account_section ON user_account (section_id);

CREATE TABLE user_account_role (
  account_id BIGINT NOT NULL REFERENCES user_account (id),
  role_name  VARCHAR(30) NOT NULL,
  PRIMARY KEY (account_id, role_name)
);

CREATE TABLE user_account_duty (
  account_id BIGINT NOT NULL REFERENCES user_account (id),
  duty       VARCHAR(30) NOT NULL,
  PRIMARY KEY (account_id, duty)
);

-- Every login attempt, by account and by address, for the rate limits. Old rows are pruned.
CREATE TABLE login_attempt (
  id           BIGINT PRIMARY KEY,
  username     VARCHAR(60) NOT NULL,
  address      VARCHAR(64) NOT NULL,
  attempted_at TIMESTAMP NOT NULL,
  succeeded    BOOLEAN NOT NULL
);
CREATE INDEX login_attempt_username ON login_attempt (username, attempted_at);
CREATE INDEX login_attempt_address ON login_attempt (address, attempted_at);
