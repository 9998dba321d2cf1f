package uk.contactpoint.matching.entity;

/**
 * Why matching held a feed's record for the data-quality team instead of linking it or creating a
 * record (DESIGN.md rule 10). Matching decides it; the held record (feeds' MatchCase) keeps it.
 */
public enum HoldReason {
  /** The best candidate's weight lies between the two thresholds. */
  UNCERTAIN,
  /** Two candidates are too close to tell apart. */
  AMBIGUOUS,
  /**
   * A candidate is shielded, or the record's birth date, gender and NHS number or given name are a
   * shielded child's.
   */
  SHIELDED_CANDIDATE,
  /** A trusted identifier names one child and the details name another. */
  IDENTIFIER_CONFLICT,
  /** A feed linked the record to a child and the team undid that link as wrong. */
  LINK_UNDONE
}
