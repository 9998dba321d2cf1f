/**
 * The REST resource and screen of source-system feeds (DESIGN.md rule 10): FeedResource takes a
 * batch as JSON (FeedEnvelope, read as it streams and refused at its first record over the limit)
 * or as CSV; SourcesPage lets a local authority's IT register its sources and issue, rotate and
 * revoke their keys, as SourceKeyResource and SourceResource do under {@code /api/v1/admin}.
 */
package uk.contactpoint.feeds.boundary;
