-- Sources belong to someone (DESIGN.md rule 9): a source system is registered against the local
-- authority section whose IT administrators hold its keys and whose data-quality team approves
-- it, or is national (no section: a health trust serving several authorities), the national
-- operators' to look after. Sources registered before this column stay national.
ALTER TABLE feed_source ADD COLUMN section_id BIGINT REFERENCES la_section (id);
CREATE INDEX feed_source_section ON feed_source (section_id);
