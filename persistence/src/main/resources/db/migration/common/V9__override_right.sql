-- The override right (DESIGN.md rule 5): named child-protection users, granted by their
-- section's management team, may open a shielded record whole for one view.
ALTER TABLE user_account ADD COLUMN override_granted_by VARCHAR(60);
ALTER TABLE user_account ADD COLUMN override_granted_at TIMESTAMP WITH TIME ZONE;
