-- A feed record applied to a child that already existed (linked by a feed, or by the team's decision
-- in the data-quality queue): what the link changed, with the values it replaced, so that a link to
-- the wrong child is undone in one step (docs/feeds.md, "Undoing a link"). section_id is the section
-- holding the child after the link: its team lists the section's recent links and may undo them.
CREATE TABLE child_link (
  id             BIGINT PRIMARY KEY,
  child_id       BIGINT NOT NULL REFERENCES child (id),
  feed_record_id BIGINT NOT NULL REFERENCES feed_record (id),
  section_id     BIGINT NOT NULL REFERENCES la_section (id),
  changes        VARCHAR(8000) NOT NULL,
  linked_by      VARCHAR(60) NOT NULL,
  linked_at      TIMESTAMP NOT NULL,
  undone_by      VARCHAR(60),
  undone_at      TIMESTAMP,
  version        INTEGER NOT NULL
);
CREATE INDEX child_link_section ON child_link (section_id, linked_at);
CREATE INDEX child_link_child ON child_link (child_id);
CREATE INDEX child_link_record ON child_link (feed_record_id);
