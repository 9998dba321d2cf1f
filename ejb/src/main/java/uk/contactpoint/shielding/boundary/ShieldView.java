package uk.contactpoint.shielding.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A shield as the shielding duty sees it. */
public record ShieldView(
    long id,
    String childId,
    String childName,
    String criterion,
    String reason,
    LocalDate reviewOn,
    String appliedBy,
    Instant appliedAt)
    implements Serializable {}
