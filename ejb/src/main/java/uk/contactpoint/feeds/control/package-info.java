/**
 * Applying source-system feeds (DESIGN.md rule 10): FeedDispatcher runs stored batches on the
 * managed executor, each in lanes side by side (FeedLanes: a child's records in one lane, in
 * order), and takes up unfinished ones (FeedBatchQueue lists them); FeedWorker binds each record
 * strictly (FeedRecord: a field outside the data set is an error, DESIGN.md section 1), validates
 * every field (FeedValidation, which also refuses a sensitive service without consent, rule 6),
 * matches it, and writes its outcome in the same transaction, so nothing is silently dropped.
 * FeedMatching finds a record's child (identifiers first, then weights; a shielded child or a new
 * identity never linked, rule 5; NewChildLocks keeps two sources' sets from both creating one new
 * child) and FeedReviewCases builds the case a held record waits in (a shielded candidate's case
 * for the shield's team, rule 5): both run inside the worker's transaction, apart from it because
 * matching and the queue change for reasons of their own. FeedApplier writes a record by per-field
 * precedence, so no fact is simply overwritten (rule 10); the school and GP are FeedSchoolAndGp's
 * (a source's kind decides, DESIGN.md section 1's universal services), the involvements
 * FeedInvolvements' (rule 6's consent and registered sensitive services; each added or ended one
 * told as a practitioner's own, rule 7). LinkLog and LinkedFacts log what a link changed, so it can
 * be undone; FeedCsv reads CSV batches; Upn checks unique pupil numbers.
 */
package uk.contactpoint.feeds.control;
