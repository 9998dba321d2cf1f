-- A subject access request may be about a parent or carer named on a child's record (issue 8).
-- carer_name says that it is (as the record named them when the request came in); carer_id is
-- that entry. If the carer later leaves the record (parents are dropped at 18) the id becomes
-- null and the answer says that nothing is held about them any more.
ALTER TABLE subject_access_request ADD COLUMN carer_name VARCHAR(200);
ALTER TABLE subject_access_request ADD COLUMN carer_id BIGINT REFERENCES parent_carer (id) ON DELETE SET NULL;
