-- Names are facts with provenance (docs/feeds.md, "Names"): every spelling of a child's name a
-- source has sent, with the source, when it first and last sent it, and whether it is the team's
-- correction. The name practitioners see is chosen from these by a rule, never simply the last
-- record's; the other spellings are the child's former names, searched and matched.
CREATE TABLE child_name_spelling (
  child_id      BIGINT NOT NULL REFERENCES child (id),
  list_index    INTEGER NOT NULL,
  given_names   VARCHAR(100) NOT NULL,
  family_name   VARCHAR(100) NOT NULL,
  source        VARCHAR(40) NOT NULL,
  authority     VARCHAR(12) NOT NULL,
  first_sent_at TIMESTAMP NOT NULL,
  last_sent_at  TIMESTAMP NOT NULL,
  PRIMARY KEY (child_id, list_index)
);

-- Matching's block that does not depend on the name: children born on a day in a postcode
-- district (a handful at 11 million: about 1,700 children share a birthday across some 2,900 districts).
CREATE INDEX child_birth_district ON child (birth_date, postcode_district);
