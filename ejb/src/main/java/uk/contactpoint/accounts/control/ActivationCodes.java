package uk.contactpoint.accounts.control;

import java.security.SecureRandom;

/** One-time activation codes: 12 characters a person can read out and type without confusion. */
public final class ActivationCodes {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private ActivationCodes() {}

  public static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
