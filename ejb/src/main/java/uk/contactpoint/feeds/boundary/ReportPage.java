package uk.contactpoint.feeds.boundary;

import uk.contactpoint.shared.error.InvalidInputException;

/**
 * A page of a batch report: the records sent at positions {@link #from()} to {@link #to()} - 1 (a
 * record's position is its sequence number in the batch, 0 to n - 1).
 */
record ReportPage(int number, int size) {

  /** {@code page} from 1, {@code size} 1 to {@code largest}; either may be left out. */
  static ReportPage of(Integer page, Integer size, int largest) {
    if (page != null && page < 1) {
      throw InvalidInputException.invalid("page", "must be 1 or more");
    }
    if (size != null && (size < 1 || size > largest)) {
      throw InvalidInputException.invalid("size", "must be 1 to " + largest);
    }
    return new ReportPage(page == null ? 1 : page, size == null ? largest : size);
  }

  int from() {
    // A long product: page 3,000,000 of 1,000 must answer an empty page, not wrap around.
    return (int) Math.min(Integer.MAX_VALUE, (number - 1L) * size);
  }

  int to() {
    return (int) Math.min(Integer.MAX_VALUE, (long) number * size);
  }
}
