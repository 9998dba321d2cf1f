package uk.contactpoint.audit.entity;

/** How an act ended. */
public enum AuditOutcome {
  SUCCESS,
  /**
   * Refused by a rule: a login with a wrong factor, a call without the role, a forbidden change.
   */
  DENIED,
  /** A login refused because the account is locked or the address is rate-limited. */
  LOCKED_OUT,
  /** Bad input (400/422) or a conflict (409): nothing changed. */
  REJECTED,
  NOT_FOUND,
  /** Anything else: the act failed and was rolled back. */
  FAILED
}
