package uk.contactpoint.child.entity;

/**
 * An NHS number: ten digits whose last is a modulus-11 check digit over the first nine. A typo in
 * one digit, or two digits swapped, fails the check, so a wrong number cannot link a feed record to
 * the wrong child.
 */
public final class NhsNumber {

  private final String digits;

  private NhsNumber(String digits) {
    this.digits = digits;
  }

  /** Accepts the number with or without the usual spaces ("943 476 5919"). */
  public static NhsNumber of(String text) {
    String digits = text == null ? "" : text.replace(" ", "");
    if (!digits.matches("[0-9]{10}")) {
      throw new IllegalArgumentException("An NHS number has 10 digits");
    }
    if (!hasValidCheckDigit(digits)) {
      throw new IllegalArgumentException("The NHS number's check digit is wrong");
    }
    return new NhsNumber(digits);
  }

  public static boolean isValid(String text) {
    try {
      of(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static boolean hasValidCheckDigit(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (tenDigits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    // 10 is never issued: such a nine-digit stem has no valid NHS number.
    return check != 10 && check == tenDigits.charAt(9) - '0';
  }

  public String value() {
    return digits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NhsNumber that && digits.equals(that.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
  }
}
