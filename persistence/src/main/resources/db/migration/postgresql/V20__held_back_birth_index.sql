-- A feed's matching asks, for every record, whether a shielded child or a new identity was born
-- that day (MatchCandidates.shieldedLookalike). Through child_birth_date that read every child born
-- that day (about 150 heap pages at a million children: a quarter of the feed's database time);
-- these children are few, so a partial index answers from a page or two.
CREATE INDEX child_held_back_birth ON child (birth_date) WHERE shielded OR new_identity;
