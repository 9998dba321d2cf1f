package uk.contactpoint.shared.control;

/**
 * Training mode (CP_TRAINING=true): the demo's synthetic children and logins, every page and every
 * API answer marked as training, and no source-system feed accepted — so nobody "practises" on real
 * children and no real record enters a training server. Read at each call, like every setting.
 */
public final class TrainingMode {

  public static final String SETTING = "CP_TRAINING";

  private TrainingMode() {}

  public static boolean isOn() {
    return Settings.isTrue(SETTING);
  }
}
