package uk.contactpoint.audit.entity;

import java.util.Objects;

/**
 * Who did what to which record, from where, and how it ended: the part of an entry that is not
 * its place in the chain. Ids only, never a personal value.
 */
public record AuditFacts(
    AuditAction action,
    AuditOutcome outcome,
    Actor actor,
    String childRef,
    Long subjectSectionId,
    boolean subjectShielded,
    String targetRef,
    String clientAddress) {

  /** The user, or nobody (a failed login of an unknown name, a timer). */
  public record Actor(String username, Long accountId, String roles, Long organisationId, Long sectionId) {
    public static final Actor NOBODY = new Actor(null, null, null, null, null);
  }

  public AuditFacts {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(actor, "actor");
  }
}
