package uk.contactpoint.access.entity;

/**
 * Why a practitioner opens a child's record (DESIGN.md rule 3). Nothing is shown without one;
 * "other" needs a few words of explanation.
 */
public enum AccessReason {
  RISK_OF_HARM("I am concerned the child may be at risk of harm"),
  COORDINATE_SUPPORT("To coordinate support with the other people working with the child"),
  STARTING_WORK("I am starting to work with this child"),
  CONTACT_PRACTITIONER("To contact a practitioner who works with the child"),
  EDUCATION_OR_HEALTH("To check the child is in education and registered with a GP"),
  OTHER("Another reason (explain below)");

  public static final int TEXT_LENGTH = 200;

  private final String label;

  AccessReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean needsExplanation() {
    return this == OTHER;
  }
}
