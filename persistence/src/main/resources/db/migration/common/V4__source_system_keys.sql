-- Keys of source systems (machine feeds). Only a digest of each key is stored; the key itself
-- is shown once, to the operator who issues it. The Elytron realm reads the unrevoked ones
-- (wildfly-config/src/main/cli/04-security.cli) to give the caller the role SOURCE_SYSTEM.
CREATE TABLE source_system_key (
  id          BIGINT PRIMARY KEY,
  source_code VARCHAR(40) NOT NULL,
  key_digest  VARCHAR(64) NOT NULL UNIQUE,
  created_at  TIMESTAMP NOT NULL,
  revoked_at  TIMESTAMP
);
CREATE INDEX source_system_key_code ON source_system_key (source_code);
