package uk.contactpoint.audit.entity;

import java.util.Objects;

/**
 * Who did what to which record, from where, and how it ended: the part of an entry that is not its
 * place in the chain. Ids only, never a personal value.
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
  public record Actor(
      String username, Long accountId, String roles, Long organisationId, Long sectionId) {
    public static final Actor NOBODY = new Actor(null, null, null, null, null);

    /**
     * The roles the trail records for a source system's key; its entries go to the source's own
     * chain.
     */
    public static final String SOURCE_SYSTEM_ROLES = "SOURCE_SYSTEM";

    /** A feed's key ("source:EDU-X"): no account, no section. */
    public static Actor sourceSystem(String username) {
      return new Actor(username, null, SOURCE_SYSTEM_ROLES, null, null);
    }

    /** A name that is no account, kept as given. */
    public static Actor unknown(String username) {
      return new Actor(username, null, null, null, null);
    }

    public boolean isSourceSystem() {
      return SOURCE_SYSTEM_ROLES.equals(roles);
    }
  }

  public AuditFacts {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(actor, "actor");
  }
}
