package uk.contactpoint.audit.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.StringJoiner;

/**
 * Everything an audit entry's hash covers, in one place, so that the server that writes an entry
 * and the verifier that reads it back (in the server or from the command line) compute the same
 * hash. Changing the field list or its order breaks every existing chain: don't.
 */
public record ChainLink(
    String chainKey,
    long seq,
    String prevHash,
    Instant occurredAt,
    String action,
    String outcome,
    String actorUsername,
    Long actorAccountId,
    String actorRoles,
    Long actorOrganisationId,
    Long actorSectionId,
    String childRef,
    Long subjectSectionId,
    boolean subjectShielded,
    String targetRef,
    String clientAddress,
    String detailHash) {

  /** Databases keep microseconds; an entry's time is cut to them before it is hashed or stored. */
  public static Instant storable(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** The hash of an entry written without the audit key. */
  public String hash() {
    return hash(ChainSeal.UNKEYED);
  }

  public String hash(ChainSeal seal) {
    StringJoiner canonical = new StringJoiner("\u001f");
    Instant at = storable(occurredAt);
    long micros =
        Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
    for (Object field :
        new Object[] {
          chainKey,
          seq,
          prevHash,
          micros,
          action,
          outcome,
          actorUsername,
          actorAccountId,
          actorRoles,
          actorOrganisationId,
          actorSectionId,
          childRef,
          subjectSectionId,
          subjectShielded,
          targetRef,
          clientAddress,
          detailHash
        }) {
      canonical.add(field == null ? "\u0000" : field.toString());
    }
    return seal.hash(canonical.toString());
  }
}
