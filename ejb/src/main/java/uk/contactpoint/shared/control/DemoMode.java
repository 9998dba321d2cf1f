package uk.contactpoint.shared.control;

import jakarta.enterprise.context.ApplicationScoped;

/** Demo mode (CP_DEMO=true): synthetic data and published demo accounts. Never for real records. */
@ApplicationScoped
public class DemoMode {

  public boolean isOn() {
    return Settings.isTrue("CP_DEMO");
  }
}
