-- The organisation register (going live without demo data): an organisation that no longer works
-- with children is closed, not deleted, so the trail and old involvements still name it.
ALTER TABLE organisation ADD COLUMN closed_on DATE;
