package uk.contactpoint.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Logger;
import uk.contactpoint.shared.control.Settings;

/**
 * The limits of the login rules, from configuration so that tests (and operators) can set them:
 *
 * <ul>
 *   <li>CP_LOGIN_LOCK_AFTER (5): consecutive failures that lock an account;
 *   <li>CP_LOGIN_LOCK_MINUTES (30): how long that lock lasts after the last failure;
 *   <li>CP_LOGIN_ACCOUNT_LIMIT (10) and CP_LOGIN_ADDRESS_LIMIT (50): attempts allowed per account
 *       and per address within CP_LOGIN_WINDOW_SECONDS (300);
 *   <li>CP_TOTP_KEY: base64 of the 32-byte key that encrypts token secrets, the same on every node.
 * </ul>
 */
@ApplicationScoped
public class LoginPolicy {

  private static final Logger LOG = Logger.getLogger(LoginPolicy.class.getName());

  /** Used only in demo mode when no key is set; its data is synthetic and published. */
  private static final String DEMO_KEY = "ZGVtby1vbmx5LWtleS1jb250YWN0cG9pbnQtMjAwOSE=";

  public int lockAfter() {
    return number("CP_LOGIN_LOCK_AFTER", 5);
  }

  public Duration lockFor() {
    return Duration.ofMinutes(number("CP_LOGIN_LOCK_MINUTES", 30));
  }

  public int accountLimit() {
    return number("CP_LOGIN_ACCOUNT_LIMIT", 10);
  }

  public int addressLimit() {
    return number("CP_LOGIN_ADDRESS_LIMIT", 50);
  }

  public Duration window() {
    return Duration.ofSeconds(number("CP_LOGIN_WINDOW_SECONDS", 300));
  }

  public TokenSecretCipher tokenCipher() {
    String key = Settings.get("CP_TOTP_KEY").orElse(null);
    if (key == null) {
      if (!Settings.isTrue("CP_DEMO") && !uk.contactpoint.shared.control.TrainingMode.isOn()) {
        throw new IllegalStateException(
            "CP_TOTP_KEY is not set: give every node the same base64 32-byte key");
      }
      LOG.warning("CP_TOTP_KEY is not set: using the published demo key (demo mode only)");
      key = DEMO_KEY;
    }
    return new TokenSecretCipher(Base64.getDecoder().decode(key));
  }

  private static int number(String name, int fallback) {
    return Settings.get(name).map(Integer::parseInt).orElse(fallback);
  }
}
