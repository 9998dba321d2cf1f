/**
 * Applying source-system feeds (DESIGN.md rule 10): FeedDispatcher runs stored batches on the
 * managed executor and takes up unfinished ones; FeedWorker binds each record strictly (FeedRecord:
 * a field outside the data set is an error, DESIGN.md section 1), validates every field
 * (FeedValidation, which also refuses a sensitive service without consent, rule 6), matches it, and
 * writes its outcome in the same transaction, so nothing is silently dropped; FeedApplier writes a
 * record by per-field precedence; LinkLog and LinkedFacts log what a link changed, so it can be
 * undone; FeedCsv reads CSV batches; Upn checks unique pupil numbers.
 */
package uk.contactpoint.feeds.control;
