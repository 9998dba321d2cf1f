package uk.contactpoint.shared.entity;

/**
 * Text a field may hold, whatever it is: no control characters but the tab and line breaks of free
 * text, and no half of a surrogate pair alone. PostgreSQL refuses a NUL inside text outright (the
 * request failed deep in a write or a search), and the other controls are never typed by a person:
 * they only hide or rearrange what a screen, a log or a printout shows. Checked where text enters
 * (a JSON field, a register file's cell, a screen's field), so it never reaches a query.
 */
public final class StorableText {

  /** The message beside a field that holds such a character. */
  public static final String PROBLEM = "must not hold control characters";

  private StorableText() {}

  public static boolean isStorable(String text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)
          || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
        return false;
      }
    }
    return true;
  }
}
