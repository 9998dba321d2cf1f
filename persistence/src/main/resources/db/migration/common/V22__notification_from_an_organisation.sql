-- A feed may record an organisation working with a child without naming a practitioner; those
-- already working with the child are told all the same (DESIGN.md rule 7, issue "feeds notify").
-- So a notification names the organisation that acted, and the practitioner only where there is one.
ALTER TABLE notification ADD COLUMN organisation_id BIGINT REFERENCES organisation (id);
UPDATE notification SET organisation_id = (SELECT p.organisation_id FROM practitioner p WHERE p.id = notification.actor_id);
ALTER TABLE notification ALTER COLUMN organisation_id SET NOT NULL;
ALTER TABLE notification ALTER COLUMN actor_id DROP NOT NULL;
