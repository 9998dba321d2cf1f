package uk.contactpoint.accounts.entity;

/**
 * Only ACTIVE accounts are let in (AccountStanding, on every request); every other status is
 * refused at login.
 */
public enum AccountStatus {
  /** Created; the holder has not yet set password and PIN and enrolled a token. */
  PENDING_ACTIVATION,
  ACTIVE,
  /** Too many failed logins; user administration unlocks it. */
  LOCKED,
  /** Disabled by user administration, or unused for too long. */
  DISABLED,
  /** The organisation's accreditation was revoked. */
  SUSPENDED
}
