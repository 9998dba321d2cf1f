/**
 * The entities of source-system feeds (DESIGN.md rule 10): FeedBatch, a batch as received with a
 * digest of its records, so the same batch sent again changes nothing; ReceivedRecord, each record
 * as sent and its FeedOutcome, written in the transaction that applies it, so nothing a feed sends
 * is silently dropped; FeedSource, a source system on trial until the data-quality team approves
 * it for go-live.
 */
package uk.contactpoint.feeds.entity;
