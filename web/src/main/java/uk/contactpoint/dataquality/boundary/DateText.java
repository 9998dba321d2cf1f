package uk.contactpoint.dataquality.boundary;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date as people type it (GOV.UK: a text field that accepts common forms): 27 3 2011, 27/03/2011,
 * 2011-03-27.
 */
final class DateText {

  private DateText() {}

  /** The date, or null when the text is not one. */
  static LocalDate parse(String text) {
    String[] parts = text.strip().split("[\\s/.-]+");
    if (parts.length != 3) {
      return null;
    }
    try {
      int first = Integer.parseInt(parts[0]);
      int month = Integer.parseInt(parts[1]);
      int last = Integer.parseInt(parts[2]);
      return parts[0].length() == 4
          ? LocalDate.of(first, month, last)
          : parts[2].length() == 4 ? LocalDate.of(last, month, first) : null;
    } catch (NumberFormatException | DateTimeException notADate) {
      return null;
    }
  }
}
