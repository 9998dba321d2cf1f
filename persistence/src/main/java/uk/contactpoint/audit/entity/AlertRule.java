package uk.contactpoint.audit.entity;

/** The patterns the alert scan looks for; their thresholds are settings (docs/security.md). */
public enum AlertRule {
  /** More record accesses in an hour than the user's own norm allows. */
  ACCESS_RATE,
  /** Records of children outside the user's section, more than a few a day. */
  OUTSIDE_SECTION,
  /** A shielded record opened by someone outside its section's management team. */
  SHIELDED_RECORD,
  /** The same family name searched again and again: "testing" on relatives. */
  REPEATED_SURNAME,
  /** Use in the small hours. */
  NIGHT_USE,
  /** A shield overridden, whoever did it. */
  OVERRIDE,
  /** Shielded or sensitive values of the trail read with a stated purpose (auditors, operators). */
  PURPOSE,
  /** An archived record opened by an operator for a statutory purpose. */
  ARCHIVED_RECORD
}
