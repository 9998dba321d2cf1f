package uk.contactpoint.shared.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Demo mode (CP_DEMO=true): synthetic data and published demo accounts. Never for real records.
 * Training mode (CP_TRAINING=true) runs on the same synthetic data, so it turns demo mode on too.
 */
@ApplicationScoped
public class DemoMode {

  public boolean isOn() {
    return Settings.isTrue("CP_DEMO") || TrainingMode.isOn();
  }
}
