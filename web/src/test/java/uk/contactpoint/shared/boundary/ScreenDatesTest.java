package uk.contactpoint.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every screen writes a date one way, in UK time. */
class ScreenDatesTest {

  private final ScreenDates dates = new ScreenDates();

  @Test
  void aDayIsWrittenInWords() {
    assertEquals("5 August 2026", dates.day(LocalDate.of(2026, 8, 5)));
    assertEquals("", dates.day(null));
  }

  @Test
  void aMomentIsWrittenInUkTime() {
    // 13:03 UTC in August is 14:03 in London (summer time); in January the two agree.
    assertEquals("5 August 2026, 14:03", dates.when(Instant.parse("2026-08-05T13:03:00Z")));
    assertEquals("5 January 2026, 13:03", dates.when(Instant.parse("2026-01-05T13:03:00Z")));
    assertEquals("5 August 2026", dates.when(LocalDate.of(2026, 8, 5)));
    assertEquals(
        "5 January 2026, 13:03:09",
        ScreenDates.exactlyWhenOf(Instant.parse("2026-01-05T13:03:09Z")));
  }
}
