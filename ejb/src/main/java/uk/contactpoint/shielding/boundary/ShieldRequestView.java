package uk.contactpoint.shielding.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A practitioner's request for a shield, waiting for the shielding duty. */
public record ShieldRequestView(
    long id,
    String childId,
    String childName,
    String requestedBy,
    Instant requestedAt,
    String reason)
    implements Serializable {}
