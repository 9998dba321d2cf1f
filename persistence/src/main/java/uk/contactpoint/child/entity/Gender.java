package uk.contactpoint.child.entity;

/** The genders a record holds (API.md enumerations). */
public enum Gender {
  MALE("Male"),
  FEMALE("Female"),
  NOT_SPECIFIED("Not specified");

  private final String label;

  Gender(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
