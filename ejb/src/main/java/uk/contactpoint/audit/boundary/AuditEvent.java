package uk.contactpoint.audit.boundary;

import java.time.Instant;

/**
 * One event as a reviewer reads it. {@code detail} is the JSON of its personal values, or
 * "(purged)" once the record's retention ended, or null when it has none.
 */
public record AuditEvent(
    long id,
    Instant occurredAt,
    String action,
    String outcome,
    String username,
    String fullName,
    String roles,
    String organisation,
    String childId,
    String target,
    String clientAddress,
    String detail) {

  public static final String PURGED = "(purged)";
}
