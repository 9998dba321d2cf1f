package uk.contactpoint.lifecycle.boundary;

/**
 * The purposes for which an operator may open a record after its section's year (rule 8): nothing
 * else reaches an archived record once the team's year is over.
 */
public enum StatutoryPurpose {
  CHILD_PROTECTION_ENQUIRY("A child-protection enquiry (Children Act 1989, section 47)"),
  SERIOUS_CASE_REVIEW("A serious case review (child safeguarding practice review)"),
  CHILD_DEATH_REVIEW("A child-death review");

  private final String label;

  StatutoryPurpose(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
