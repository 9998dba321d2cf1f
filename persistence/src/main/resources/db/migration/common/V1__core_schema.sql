-- ContactPoint core schema: sections, organisations, practitioners, children and their facts,
-- involvements, and the search keys that keep every search an index lookup.
-- Written once for H2 and PostgreSQL; vendor-only statements live in db/migration/<vendor>.

-- EclipseLink takes ids 50 at a time (allocationSize = 50), so the sequence must step by 50.
CREATE SEQUENCE cp_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_setting (
  name          VARCHAR(100) PRIMARY KEY,
  setting_value VARCHAR(400) NOT NULL
);

CREATE TABLE la_section (
  id   BIGINT PRIMARY KEY,
  code VARCHAR(9) NOT NULL UNIQUE,
  name VARCHAR(100) NOT NULL
);

CREATE TABLE organisation (
  id                 BIGINT PRIMARY KEY,
  code               VARCHAR(20),
  name               VARCHAR(200) NOT NULL,
  org_type           VARCHAR(30) NOT NULL,
  sensitive_category VARCHAR(20) NOT NULL,
  phone              VARCHAR(30),
  email              VARCHAR(200),
  town               VARCHAR(100),
  section_id         BIGINT REFERENCES la_section (id)
);
CREATE INDEX organisation_type_code ON organisation (org_type, code);

CREATE TABLE practitioner (
  id              BIGINT PRIMARY KEY,
  full_name       VARCHAR(200) NOT NULL,
  job_title       VARCHAR(100) NOT NULL,
  organisation_id BIGINT NOT NULL REFERENCES organisation (id),
  phone           VARCHAR(30),
  email           VARCHAR(200)
);
CREATE INDEX practitioner_organisation ON practitioner (organisation_id);

CREATE TABLE child (
  id                 BIGINT PRIMARY KEY,
  public_id          VARCHAR(36) NOT NULL UNIQUE,
  section_id         BIGINT NOT NULL REFERENCES la_section (id),
  given_names        VARCHAR(100) NOT NULL,
  family_name        VARCHAR(100) NOT NULL,
  birth_date         DATE NOT NULL,
  gender             VARCHAR(16) NOT NULL,
  core_source        VARCHAR(40) NOT NULL,
  core_updated_at    TIMESTAMP NOT NULL,
  address_line1      VARCHAR(100),
  address_line2      VARCHAR(100),
  address_line3      VARCHAR(100),
  town               VARCHAR(100),
  postcode           VARCHAR(8),
  postcode_district  VARCHAR(4),
  address_status     VARCHAR(20) NOT NULL,
  intends_to_return  VARCHAR(10),
  address_source     VARCHAR(40) NOT NULL,
  address_updated_at TIMESTAMP NOT NULL,
  school_org_id      BIGINT REFERENCES organisation (id),
  school_start_date  DATE,
  school_source      VARCHAR(40),
  school_updated_at  TIMESTAMP,
  gp_org_id          BIGINT REFERENCES organisation (id),
  gp_source          VARCHAR(40),
  gp_updated_at      TIMESTAMP,
  caf_exists         BOOLEAN,
  caf_holder_id      BIGINT REFERENCES practitioner (id),
  caf_source         VARCHAR(40),
  caf_updated_at     TIMESTAMP,
  shielded           BOOLEAN DEFAULT FALSE NOT NULL,
  version            INTEGER NOT NULL
);
-- Searches by date of birth alone (with postcode or gender) start here.
CREATE INDEX child_birth_date ON child (birth_date);
CREATE INDEX child_section ON child (section_id);

CREATE TABLE child_former_name (
  child_id    BIGINT NOT NULL REFERENCES child (id),
  list_index  INTEGER NOT NULL,
  given_names VARCHAR(100) NOT NULL,
  family_name VARCHAR(100) NOT NULL,
  PRIMARY KEY (child_id, list_index)
);

CREATE TABLE child_address_history (
  child_id       BIGINT NOT NULL REFERENCES child (id),
  list_index     INTEGER NOT NULL,
  address_lines  VARCHAR(304),
  town           VARCHAR(100),
  postcode       VARCHAR(8),
  address_status VARCHAR(20),
  source         VARCHAR(40),
  replaced_at    TIMESTAMP,
  PRIMARY KEY (child_id, list_index)
);

CREATE TABLE child_identifier (
  id         BIGINT PRIMARY KEY,
  child_id   BIGINT NOT NULL REFERENCES child (id),
  id_type    VARCHAR(20) NOT NULL,
  issuer     VARCHAR(40) NOT NULL,
  id_value   VARCHAR(40) NOT NULL,
  source     VARCHAR(40) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  CONSTRAINT child_identifier_unique UNIQUE (id_type, issuer, id_value)
);
CREATE INDEX child_identifier_child ON child_identifier (child_id);

CREATE TABLE parent_carer (
  id                BIGINT PRIMARY KEY,
  child_id          BIGINT NOT NULL REFERENCES child (id),
  list_index        INTEGER,
  full_name         VARCHAR(200) NOT NULL,
  relationship      VARCHAR(20) NOT NULL,
  phone             VARCHAR(30),
  email             VARCHAR(200),
  address_line1     VARCHAR(100),
  address_line2     VARCHAR(100),
  address_line3     VARCHAR(100),
  town              VARCHAR(100),
  postcode          VARCHAR(8),
  postcode_district VARCHAR(4),
  address_status    VARCHAR(20),
  intends_to_return VARCHAR(10),
  source            VARCHAR(40) NOT NULL,
  updated_at        TIMESTAMP NOT NULL
);
CREATE INDEX parent_carer_child ON parent_carer (child_id);

-- One row per name key of a child (spelling, Double Metaphone, full form of a short form),
-- beside the date of birth and postcode district it is searched with. A search reads a
-- bounded range of one of the two indexes below; it never scans child.
CREATE TABLE child_search_key (
  child_id          BIGINT NOT NULL REFERENCES child (id),
  search_key        VARCHAR(40) NOT NULL,
  birth_date        DATE NOT NULL,
  postcode_district VARCHAR(4) NOT NULL
);
CREATE INDEX child_search_key_birth ON child_search_key (search_key, birth_date);
CREATE INDEX child_search_key_district ON child_search_key (search_key, postcode_district);
CREATE INDEX child_search_key_child ON child_search_key (child_id);

CREATE TABLE involvement (
  id                BIGINT PRIMARY KEY,
  child_id          BIGINT NOT NULL REFERENCES child (id),
  organisation_id   BIGINT NOT NULL REFERENCES organisation (id),
  practitioner_id   BIGINT REFERENCES practitioner (id),
  role              VARCHAR(100) NOT NULL,
  start_date        DATE NOT NULL,
  end_date          DATE,
  lead_professional BOOLEAN DEFAULT FALSE NOT NULL,
  source            VARCHAR(40) NOT NULL,
  updated_at        TIMESTAMP NOT NULL,
  version           INTEGER NOT NULL
);
CREATE INDEX involvement_child ON involvement (child_id);
CREATE INDEX involvement_practitioner ON involvement (practitioner_id);
