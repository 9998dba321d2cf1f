package uk.contactpoint.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the service. Rules about birthdays and "one year after" follow the Europe/London
 * calendar (API.md); tests replace the clock to reach those days without waiting.
 */
@ApplicationScoped
public class Clocks {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(LONDON);
  }
}
