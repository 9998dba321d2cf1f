package uk.contactpoint.involvement.entity;

/** On what a sensitive service's involvement is held (DESIGN.md rule 6). */
public enum ConsentBasis {
  /** The young person consented; the note records that they understood (their competence). */
  YOUNG_PERSON,
  /** A parent consented, the young person being unable to understand; the note says why. */
  PARENT,
  /**
   * No consent: the provider judged there is a risk of significant harm; the note records the
   * judgement.
   */
  SIGNIFICANT_HARM
}
