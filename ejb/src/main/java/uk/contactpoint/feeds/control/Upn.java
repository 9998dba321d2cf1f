package uk.contactpoint.feeds.control;

import java.util.regex.Pattern;

/**
 * The Department for Education's unique pupil number: a check letter, the local authority's three
 * digits, the school's four, the year's two and a serial of three (the last may be a letter in a
 * temporary UPN). The check letter is the weighted sum of characters 2 to 13 (weights 2 to 13)
 * modulo 23, read from the letters below.
 */
public final class Upn {

  private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
  private static final Pattern SHAPE = Pattern.compile("[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]");

  private Upn() {}

  public static boolean isValid(String upn) {
    if (upn == null || !SHAPE.matcher(upn).matches()) {
      return false;
    }
    return upn.charAt(0) == checkLetter(upn.substring(1));
  }

  /** The check letter of the twelve characters after it. */
  public static char checkLetter(String rest) {
    int sum = 0;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
      sum += value * (i + 2);
    }
    return LETTERS.charAt(sum % 23);
  }
}
