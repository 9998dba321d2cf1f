package uk.contactpoint.accounts.entity;

/**
 * Duties of a management-team member, granted one by one. Each reaches the EJBs as a role named
 * {@code DUTY_<name>} ({@link #roleName}).
 */
public enum Duty {
  SHIELDING,
  BROKERING,
  DATA_QUALITY,
  USER_ADMINISTRATION,
  AUDIT_REVIEW;

  public static final String USER_ADMINISTRATION_ROLE = "DUTY_USER_ADMINISTRATION";
  public static final String AUDIT_REVIEW_ROLE = "DUTY_AUDIT_REVIEW";
  public static final String SHIELDING_ROLE = "DUTY_SHIELDING";
  public static final String BROKERING_ROLE = "DUTY_BROKERING";
  public static final String DATA_QUALITY_ROLE = "DUTY_DATA_QUALITY";

  public String roleName() {
    return "DUTY_" + name();
  }
}
