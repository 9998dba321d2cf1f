package uk.contactpoint.auditreview.boundary;

import java.io.Serializable;
import java.time.Instant;

/** An investigation as its reviewers see it. */
public record InvestigationView(
    long id,
    String username,
    String openedBy,
    Instant openedAt,
    Instant accountSuspendedAt,
    Instant managerNotifiedAt,
    Instant closedAt,
    String outcome,
    String outcomeNote)
    implements Serializable {}
