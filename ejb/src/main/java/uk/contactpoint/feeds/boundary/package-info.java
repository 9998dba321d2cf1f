/**
 * The business of source-system feeds (DESIGN.md rule 10): Feeds stores a batch as received, in one
 * transaction, for processing after it commits, and reports what became of each record; a source
 * reaches only its own batches, and a training server takes none. SourceKeys registers a section's
 * sources and issues, rotates and revokes their keys (rules 1 and 9).
 */
package uk.contactpoint.feeds.boundary;
