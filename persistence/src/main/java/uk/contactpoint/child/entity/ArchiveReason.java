package uk.contactpoint.child.entity;

/** Why a record was archived (rule 8). */
public enum ArchiveReason {
  /** The 18th birthday, with no extension. */
  AGE_18,
  /** An extension reached its end date. */
  EXTENSION_ENDED,
  /** The young person withdrew their consent to the extension. */
  CONSENT_WITHDRAWN,
  /** A year after a recorded death. */
  DEATH
}
