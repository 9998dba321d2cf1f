package uk.contactpoint.accounts.entity;

import java.util.Locale;

/**
 * What a username is: stored, looked up and typed at login in one form, lower case without
 * surrounding spaces, so that "Jane" and "jane " are the same person (DESIGN.md rule 2: the
 * username is the first of the four factors); a new one has 3 to {@link
 * UserAccount#USERNAME_LENGTH} plain characters, safe in a log line and an audit entry.
 */
final class Usernames {

  private Usernames() {}

  static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** The username normalised, refused when it is not one a new account may take. */
  static String valid(String username) {
    String normalised = normalise(username);
    if (!normalised.matches("[a-z][a-z0-9._-]{2," + (UserAccount.USERNAME_LENGTH - 1) + "}")) {
      throw new IllegalArgumentException(
          "A username has 3 to 60 letters, digits, dots, dashes or underscores and starts with a letter");
    }
    return normalised;
  }
}
