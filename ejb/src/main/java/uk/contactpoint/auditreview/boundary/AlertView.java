package uk.contactpoint.auditreview.boundary;

import java.io.Serializable;
import java.time.Instant;

/** An alert as its reviewers see it. */
public record AlertView(
    long id,
    String rule,
    String username,
    Instant raisedAt,
    String summary,
    String status,
    Long investigationId)
    implements Serializable {}
