package uk.contactpoint.auditreview.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One opening of a child's record: who, from which organisation, in which role, when and why. */
public record RecordLook(
    Instant at,
    String username,
    String fullName,
    String organisation,
    String roles,
    String reason,
    String reasonText,
    String outcome)
    implements Serializable {}
