package uk.contactpoint.matching.control;

/** How one field of two records compares, as the data-quality screen shows it side by side. */
public enum Agreement {
  AGREE,
  /**
   * Close: a typo, a nickname, a former name, a swapped day and month, the same postcode district.
   */
  PARTIAL,
  DISAGREE,
  /** Absent on one side: no evidence either way. */
  MISSING
}
