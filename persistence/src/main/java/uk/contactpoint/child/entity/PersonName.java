package uk.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A child's given names and family name, as the source systems spell them. */
@Embeddable
public class PersonName {

  public static final int PART_LENGTH = 100;

  @Column(name = "given_names", length = PART_LENGTH, nullable = false)
  private String given;

  @Column(name = "family_name", length = PART_LENGTH, nullable = false)
  private String family;

  protected PersonName() {}

  public PersonName(String given, String family) {
    this.given = part(given, "given names");
    this.family = part(family, "family name");
  }

  private static String part(String value, String what) {
    if (value == null || value.isBlank() || value.length() > PART_LENGTH) {
      throw new IllegalArgumentException("The " + what + " need 1 to " + PART_LENGTH + " characters");
    }
    return value.strip().replaceAll("\\s+", " ");
  }

  public String given() {
    return given;
  }

  public String family() {
    return family;
  }

  public String fullName() {
    return given + " " + family;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PersonName that && given.equals(that.given) && family.equals(that.family);
  }

  @Override
  public int hashCode() {
    return Objects.hash(given, family);
  }

  @Override
  public String toString() {
    return fullName();
  }
}
