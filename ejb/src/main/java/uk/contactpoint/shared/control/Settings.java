package uk.contactpoint.shared.control;

import java.util.Optional;

/**
 * Reads the service's settings: an environment variable (CP_DEMO), or the matching system property
 * (cp.demo), which lets tests and `standalone.sh -D…` set them too.
 */
public final class Settings {

  private Settings() {}

  public static Optional<String> get(String environmentName) {
    String property = environmentName.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environmentName);
    }
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }

  public static boolean isTrue(String environmentName) {
    return get(environmentName).map(Boolean::parseBoolean).orElse(false);
  }
}
