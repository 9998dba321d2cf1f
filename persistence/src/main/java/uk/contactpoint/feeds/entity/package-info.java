/**
 * The entities of source-system feeds (DESIGN.md rule 10): FeedBatch, a batch as received with a
 * digest of its records, so the same batch sent again changes nothing; ReceivedRecord, each record
 * as sent and its FeedOutcome, written in the transaction that applies it, so nothing a feed sends
 * is silently dropped; FeedSource, a source system on trial until the data-quality team approves it
 * for go-live. MatchCase is a record held for the section's data-quality team because matching
 * could not decide (its HoldReason), or because it meets a shielded child, when the case is itself
 * treated as shielded (rule 5); ChildLink logs what a record changed on a child that already
 * existed, so that a link to the wrong child is undone exactly.
 */
package uk.contactpoint.feeds.entity;
