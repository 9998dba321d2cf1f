package uk.contactpoint.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import uk.contactpoint.shared.control.TrainingMode;

/** What every page shows about the service itself: whether it runs in training mode (synthetic data only). */
@Named
@ApplicationScoped
public class ServiceMode {

  public boolean isTraining() {
    return TrainingMode.isOn();
  }
}
