package uk.contactpoint.subjectaccess.control;

/**
 * Withholds values from one answer and remembers that it did, so the answer can say that something
 * is withheld (DESIGN.md rules 5 and 6) without saying what.
 */
final class Withholding {

  private final boolean protect;
  private boolean anything;

  /** {@code protect}: a shield is involved and the team did not decide to include it. */
  Withholding(boolean protect) {
    this.protect = protect;
  }

  boolean protects() {
    return protect;
  }

  /** The value, or — where a shield is involved — the word that stands for it. */
  String guarded(Object value) {
    if (protect) {
      return withhold();
    }
    return value == null ? "" : value.toString();
  }

  /** The word that stands for a withheld value. */
  String withhold() {
    anything = true;
    return Answer.WITHHELD;
  }

  /** The mark after a name whose details are withheld. */
  String mark() {
    anything = true;
    return " (" + Answer.WITHHELD + ")";
  }

  boolean anything() {
    return anything;
  }
}
