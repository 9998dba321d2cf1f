package uk.contactpoint.auditreview.control;

import java.io.Serializable;
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
    String detail)
    implements Serializable {

  public static final String PURGED = "(purged)";

  /**
   * In place of values about a shielded child or a sensitive service, for reviewers outside its
   * section's team.
   */
  public static final String WITHHELD =
      "(withheld: shielded record or sensitive service; state a purpose to see it)";
}
