package uk.contactpoint.accounts.entity;

/** What an account may do; reaches every EJB boundary through Elytron (DESIGN.md rule 1). */
public enum Role {
  PRACTITIONER,
  /** A member of a section's ContactPoint management team; duties are granted separately. */
  LA_MANAGER,
  /** System operators. */
  ADMIN,
  AUDITOR,
  /** Machine feeds; issued as source keys, never as person accounts. */
  SOURCE_SYSTEM;

  // Names for @RolesAllowed, which needs compile-time constants.
  public static final String PRACTITIONER_NAME = "PRACTITIONER";
  public static final String LA_MANAGER_NAME = "LA_MANAGER";
  public static final String ADMIN_NAME = "ADMIN";
  public static final String AUDITOR_NAME = "AUDITOR";
  public static final String SOURCE_SYSTEM_NAME = "SOURCE_SYSTEM";
}
