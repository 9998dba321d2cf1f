package uk.contactpoint.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import uk.contactpoint.shared.error.NotAuthenticatedException;

/**
 * Until two-factor login exists, the read path is open in demo mode only, where every record
 * is synthetic. Outside demo mode it answers 401: no real record is ever served unauthenticated.
 */
@ApplicationScoped
public class PreLoginAccess {

  public boolean isDemo() {
    return Settings.isTrue("CP_DEMO");
  }

  public void requireOpenDemo() {
    if (!isDemo()) {
      throw new NotAuthenticatedException("Log in to use ContactPoint.");
    }
  }
}
