-- Carers' names as keys of the child (NameKeys.carerKey, Child#rebuildSearchKeys): matching meets
-- a child by a carer's name and the date of birth when both the child's own names have drifted and
-- it has moved. Search never reads them. Here the children already held get theirs: the carer's
-- name upper-cased, apostrophes dropped, every run of characters other than A-Z one space, behind
-- '~', at most 40 characters, with the child's date of birth and district ('' when shielded or
-- unknown) - what NameKeys gives for a name written in ASCII. A name with other letters (accents)
-- gets its key the next time the record's keys are rebuilt. None for a merged, archived or new
-- identity record, as for its other keys, nor for a child that has carers' keys already
-- (SchemaMigrationIT runs this again beside the keys Java wrote, to compare them).
INSERT INTO child_search_key (child_id, search_key, birth_date, postcode_district)
SELECT DISTINCT c.id,
       LEFT('~' || TRIM(REGEXP_REPLACE(REGEXP_REPLACE(UPPER(p.full_name), '[''`]', ''), '[^A-Z]+', ' ')), 40),
       c.birth_date,
       CASE WHEN c.shielded THEN '' ELSE COALESCE(c.postcode_district, '') END
FROM parent_carer p JOIN child c ON c.id = p.child_id
WHERE c.merged_into_id IS NULL AND c.archived_on IS NULL AND c.new_identity = FALSE
  AND NOT EXISTS (SELECT 1 FROM child_search_key k WHERE k.child_id = c.id AND k.search_key LIKE '~%')
  AND REGEXP_LIKE(p.full_name, '^[ -~]*$')
  AND REGEXP_LIKE(p.full_name, '[A-Za-z]');
