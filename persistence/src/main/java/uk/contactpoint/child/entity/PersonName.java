package uk.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A child's given names and family name, as the source systems spell them. */
@Embeddable
public class PersonName {

  public static final int PART_LENGTH = 100;

  @Column(name = "given_names", length = PART_LENGTH, nullable = false)
  private String given;

  @Column(name = "family_name", length = PART_LENGTH, nullable = false)
  private String family;

  protected PersonName() {}

  /**
   * What a name may hold, however it arrives (feed, typed record, amendment): letters of any
   * alphabet, then letters, spaces, hyphens, apostrophes and full stops. No digits, no control
   * characters (a NUL byte in a name broke searching and display of the record).
   */
  public static final Pattern PATTERN = Pattern.compile("[\\p{L}][\\p{L}\\p{M} '’.-]*");

  public PersonName(String given, String family) {
    this.given = part(given, "given names");
    this.family = part(family, "family name");
  }

  /**
   * Why this value cannot be a part of a name entering ContactPoint (a feed, a typed record, an
   * amendment), if it cannot.
   */
  public static Optional<String> problemWith(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of("is required");
    }
    if (value.length() > PART_LENGTH) {
      return Optional.of("has at most " + PART_LENGTH + " characters");
    }
    if (!PATTERN.matcher(normalised(value)).matches()) {
      return Optional.of("must be letters, with spaces, hyphens or apostrophes");
    }
    return Optional.empty();
  }

  /**
   * The constructor's own floor, whoever builds a name: present, not too long, no control or format
   * characters. The letters rule ({@link #problemWith}) is checked where a name enters.
   */
  private static String part(String value, String what) {
    if (value == null || value.isBlank() || value.length() > PART_LENGTH) {
      throw new IllegalArgumentException(
          "The " + what + " need 1 to " + PART_LENGTH + " characters");
    }
    if (value
        .codePoints()
        .anyMatch(
            c ->
                Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.FORMAT)) {
      throw new IllegalArgumentException("The " + what + " must not hold control characters");
    }
    return normalised(value);
  }

  private static String normalised(String value) {
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
    return other instanceof PersonName that
        && given.equals(that.given)
        && family.equals(that.family);
  }

  @Override
  public int hashCode() {
    return Objects.hash(given, family);
  }

  /**
   * Not the name: a name printed by accident (EclipseLink's messages print the objects they write,
   * and a record holding a name prints it) would reach the log. Use {@link #fullName()}.
   */
  @Override
  public String toString() {
    return "PersonName";
  }
}
