package uk.contactpoint.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Work or family contact details: how someone can be reached, nothing more. */
@Embeddable
public class ContactDetails {

  public static final int PHONE_LENGTH = 30;
  public static final int EMAIL_LENGTH = 200;

  @Column(name = "phone", length = PHONE_LENGTH)
  private String phone;

  @Column(name = "email", length = EMAIL_LENGTH)
  private String email;

  protected ContactDetails() {}

  /** A phone number as people write one: digits, spaces, brackets, hyphens, a leading +. */
  public static final java.util.regex.Pattern PHONE =
      java.util.regex.Pattern.compile("\\+?[0-9 ()-]{6,20}");

  public ContactDetails(String phone, String email) {
    this.phone = limited(phone, PHONE_LENGTH, "phone");
    this.email = limited(email, EMAIL_LENGTH, "email");
    if (this.phone != null && !PHONE.matcher(this.phone).matches()) {
      throw new IllegalArgumentException(
          "phone is not a phone number: digits, spaces and brackets, for example 0113 496 0000");
    }
    if (this.email != null && !this.email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new IllegalArgumentException("email is not an email address");
    }
  }

  /** Neither a phone nor an e-mail: nobody can be reached through it. */
  public boolean isEmpty() {
    return phone == null && email == null;
  }

  private static String limited(String value, int max, String what) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw new IllegalArgumentException(what + " is longer than " + max + " characters");
    }
    return trimmed;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }
}
