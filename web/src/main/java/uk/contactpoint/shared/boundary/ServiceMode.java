package uk.contactpoint.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import uk.contactpoint.shared.control.TrainingMode;

/**
 * What every page shows about the service itself: whether it runs in training mode (synthetic data
 * only).
 */
@Named
@ApplicationScoped
public class ServiceMode {

  @Inject Clock clock;

  public boolean isTraining() {
    return TrainingMode.isOn();
  }

  /** The time a page was rendered, to the second, as its printout shows it. */
  public String getPrintedAt() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ');
  }

  /**
   * A printout's reference: the user and the rendering second, which find the act that showed the
   * page in the audit trail (its entry for that user at that time).
   */
  public String printReference(String username) {
    return "P-"
        + (username == null ? "anonymous" : username)
        + "-"
        + Instant.now(clock).getEpochSecond();
  }
}
