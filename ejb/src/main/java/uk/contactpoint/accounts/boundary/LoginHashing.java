package uk.contactpoint.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.SecretHasher;

/**
 * Reads the cost of login hashes at start-up (CP_ARGON2_*), so that a cost below OWASP's guidance
 * fails the deployment rather than the first login, and the unknown user's decoy hash is made
 * before anyone logs in.
 */
@Singleton
@Startup
@PermitAll
public class LoginHashing {

  private static final Logger LOG = Logger.getLogger(LoginHashing.class.getName());

  @PostConstruct
  void readTheCost() {
    LOG.info(() -> "Password and PIN are hashed together with Argon2id " + SecretHasher.cost());
  }
}
