-- Shielding a parent/carer (DESIGN.md rule 5, the shielding issue item 4): the carer's contact
-- and the address, school and GP of every child living at the carer's address are withheld.
ALTER TABLE parent_carer ADD COLUMN shielded BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX parent_carer_shielded_address ON parent_carer (shielded, postcode, address_line1);
ALTER TABLE shield ADD COLUMN parent_carer_id BIGINT REFERENCES parent_carer (id);
