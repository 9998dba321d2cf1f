package uk.contactpoint.accounts.control;

import java.util.ArrayList;
import java.util.List;
import uk.contactpoint.shared.error.FieldError;

/** What a password and a PIN must be. Every broken rule is named, by field, at once. */
public final class CredentialRules {

  public static final int PASSWORD_MIN = 12;
  public static final int PASSWORD_MAX = 128;

  private CredentialRules() {}

  public static List<FieldError> check(String username, String password, String pin) {
    List<FieldError> errors = new ArrayList<>();
    if (password == null || password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
      errors.add(
          new FieldError(
              "password",
              "Choose a password of " + PASSWORD_MIN + " to " + PASSWORD_MAX + " characters"));
    } else if (password.equalsIgnoreCase(username == null ? "" : username.strip())) {
      errors.add(new FieldError("password", "Your password must not be your username"));
    }
    if (pin == null || !pin.matches("[0-9]{4,8}")) {
      errors.add(new FieldError("pin", "Choose a PIN of 4 to 8 digits"));
    } else if (pin.equals(password)) {
      errors.add(new FieldError("pin", "Your PIN must not be the same as your password"));
    }
    return errors;
  }
}
