package uk.contactpoint.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import uk.contactpoint.shared.control.Clocks;
import uk.contactpoint.shared.control.ReadableDates;

/**
 * One way of writing dates on every screen, as GOV.UK writes them: "5 August 2026", and a moment as
 * "5 August 2026, 14:03" in UK time. {@code #{dates.day(d)}} and {@code #{dates.when(t)}} in a
 * page; the pages' beans call the same static methods.
 */
@Named("dates")
@ApplicationScoped
public class ScreenDates {

  // The day is the EJBs' own (ReadableDates), so a notice they write and a screen agree; a moment
  // adds the time in the service's zone.
  private static final DateTimeFormatter DAY = ReadableDates.DAY;
  private static final DateTimeFormatter WHEN = dayAnd("HH:mm");

  /** For the audit trail, whose readers order events within a minute. */
  private static final DateTimeFormatter EXACTLY = dayAnd("HH:mm:ss");

  private static DateTimeFormatter dayAnd(String time) {
    return new DateTimeFormatterBuilder()
        .append(DAY)
        .appendLiteral(", ")
        .appendPattern(time)
        .toFormatter(Locale.UK);
  }

  public static String dayOf(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  public static String whenOf(Instant at) {
    return at == null ? "" : WHEN.format(at.atZone(Clocks.LONDON));
  }

  public static String exactlyWhenOf(Instant at) {
    return at == null ? "" : EXACTLY.format(at.atZone(Clocks.LONDON));
  }

  /** A day, or a moment's day; "" for none. */
  public String day(Object value) {
    if (value instanceof LocalDate day) {
      return dayOf(day);
    }
    if (value instanceof Instant at) {
      return DAY.format(at.atZone(Clocks.LONDON));
    }
    return value == null ? "" : value.toString();
  }

  /** A moment; a day alone reads as a day. */
  public String when(Object value) {
    if (value instanceof Instant at) {
      return whenOf(at);
    }
    if (value instanceof java.time.OffsetDateTime at) {
      return whenOf(at.toInstant());
    }
    return day(value);
  }
}
