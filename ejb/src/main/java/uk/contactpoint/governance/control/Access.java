package uk.contactpoint.governance.control;

import java.io.Serializable;

/**
 * One opening of a record: when, by whom (and as what), which record, why, and whether it was
 * allowed.
 */
public record Access(
    java.time.Instant at,
    String username,
    String roles,
    String action,
    String outcome,
    String childId,
    String reason)
    implements Serializable {}
