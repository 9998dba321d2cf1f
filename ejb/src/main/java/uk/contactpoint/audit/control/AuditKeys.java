package uk.contactpoint.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import uk.contactpoint.audit.entity.ChainSeal;
import uk.contactpoint.shared.control.Settings;
import uk.contactpoint.shared.control.TrainingMode;

/**
 * The audit keys, from the environment and never from the database the trail is in: {@code
 * CP_AUDIT_KEY} seals new entries, {@code CP_AUDIT_RETIRED_KEYS} still verify older ones. Demo and
 * training installations, whose data is synthetic, use a published key when none is set; any other
 * installation without one writes unkeyed entries and says so at every start.
 */
@ApplicationScoped
public class AuditKeys {

  private static final Logger LOG = Logger.getLogger(AuditKeys.class.getName());

  /** Used only in demo or training mode when no key is set; published with the code. */
  public static final String DEMO_KEY =
      Base64.getEncoder()
          .encodeToString(
              "demo-only-audit-key-of-contactpoint-2009!"
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));

  private List<ChainSeal> seals;
  private ChainSeal current;

  @PostConstruct
  void read() {
    String current = Settings.get("CP_AUDIT_KEY").orElse(null);
    if (current == null && (Settings.isTrue("CP_DEMO") || TrainingMode.isOn())) {
      current = DEMO_KEY;
    }
    seals = ChainSeal.fromBase64(current, Settings.get("CP_AUDIT_RETIRED_KEYS").orElse(null));
    this.current = current == null ? ChainSeal.UNKEYED : seals.get(0);
    if (current == null) {
      LOG.severe(
          "CP_AUDIT_KEY is not set: audit entries are chained without a key, so whoever can write to the database"
              + " could rewrite the trail undetected (docs/security.md)");
    }
  }

  /** The seal of new entries: the current key's, or unkeyed when none is set. */
  public ChainSeal current() {
    return current;
  }

  /** Every configured key, current and retired, for verification. */
  public List<ChainSeal> all() {
    return seals;
  }
}
