package uk.contactpoint.accounts.boundary;

import java.util.Optional;

/**
 * What a login attempt came to. Callers show one generic message for {@link Outcome#REFUSED}
 * whatever was wrong; {@link Outcome#NOT_CLEARED} is told only after all four factors were right.
 */
public record LoginResult(Outcome outcome, String username, String message) {

  public enum Outcome {
    SUCCEEDED,
    REFUSED,
    RATE_LIMITED,
    NOT_CLEARED
  }

  public static final String GENERIC_MESSAGE =
      "The details you entered are not right. Check them and try again. After 5 wrong attempts your account is locked.";

  static LoginResult succeeded(String username) {
    return new LoginResult(Outcome.SUCCEEDED, username, null);
  }

  static LoginResult refused() {
    return new LoginResult(Outcome.REFUSED, null, GENERIC_MESSAGE);
  }

  static LoginResult rateLimited() {
    return new LoginResult(
        Outcome.RATE_LIMITED, null, "Too many attempts. Wait a few minutes and try again.");
  }

  static LoginResult notCleared(String why) {
    return new LoginResult(Outcome.NOT_CLEARED, null, why);
  }

  public boolean succeeded() {
    return outcome == Outcome.SUCCEEDED;
  }

  public Optional<String> refusal() {
    return Optional.ofNullable(message);
  }
}
