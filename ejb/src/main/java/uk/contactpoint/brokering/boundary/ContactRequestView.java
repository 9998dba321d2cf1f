package uk.contactpoint.brokering.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A contact request. The requester's own view carries no {@code childName} detail beyond what they
 * named, and {@code sharedContact} only when the young person or family agreed.
 */
public record ContactRequestView(
    long reference,
    String childId,
    String childName,
    String requestedBy,
    Instant requestedAt,
    String message,
    String forwardedTo,
    String outcome,
    String sharedContact)
    implements Serializable {}
