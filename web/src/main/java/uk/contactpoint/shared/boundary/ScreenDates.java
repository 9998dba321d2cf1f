package uk.contactpoint.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One way of writing dates on every screen, as GOV.UK writes them: "5 August 2026", and a moment
 * as "5 August 2026, 14:03" in UK time. {@code #{dates.day(d)}} and {@code #{dates.when(t)}} in a
 * page; the pages' beans call the same static methods.
 */
@Named("dates")
@ApplicationScoped
public class ScreenDates {

  public static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
  /** For the audit trail, whose readers order events within a minute. */
  private static final DateTimeFormatter EXACTLY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK);

  public static String dayOf(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  public static String whenOf(Instant at) {
    return at == null ? "" : WHEN.format(at.atZone(UK));
  }

  public static String exactlyWhenOf(Instant at) {
    return at == null ? "" : EXACTLY.format(at.atZone(UK));
  }

  /** A day, or a moment's day; "" for none. */
  public String day(Object value) {
    if (value instanceof LocalDate day) {
      return dayOf(day);
    }
    if (value instanceof Instant at) {
      return DAY.format(at.atZone(UK));
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
