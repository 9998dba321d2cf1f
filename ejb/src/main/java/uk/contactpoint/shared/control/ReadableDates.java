package uk.contactpoint.shared.control;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A day as a person reads it, GOV.UK's way: "5 August 2026". Written once here for the whole
 * service, so that a notice an EJB composes and the screens (the web module's ScreenDates builds
 * its moments on this day) never write the same day two ways.
 */
public final class ReadableDates {

  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private ReadableDates() {}
}
