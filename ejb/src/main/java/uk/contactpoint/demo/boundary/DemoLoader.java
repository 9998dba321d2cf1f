package uk.contactpoint.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.LoginPolicy;
import uk.contactpoint.demo.control.DemoAccounts;
import uk.contactpoint.demo.control.DemoDataset;
import uk.contactpoint.demo.control.DemoLoadDecision;
import uk.contactpoint.shared.control.DemoMode;

/**
 * In demo mode (CP_DEMO=true), loads the synthetic data set once, in one transaction (a failed
 * load leaves nothing behind), then tells the person who started the server where to go and
 * what to search for.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigration")
public class DemoLoader {

  static final String LOADED_ON = "demo.loaded-on";
  static final String KELLY_ID = "demo.kelly-id";
  static final String KELLY_BORN = "demo.kelly-born";

  private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject DemoMode demoMode;
  @Inject Clock clock;
  @Inject LoginPolicy loginPolicy;

  @PostConstruct
  void loadWhenDemo() {
    if (!demoMode.isOn()) {
      return;
    }
    long children = (Long) em.createQuery("SELECT COUNT(c) FROM Child c").getSingleResult();
    switch (DemoLoadDecision.decide(setting(LOADED_ON).isPresent(), children)) {
      case REFUSE -> throw new IllegalStateException(
          "CP_DEMO=true, but the database already holds " + children + " records that demo mode did not create. "
              + "Demo mode only runs on an empty database: point CP_DB_URL elsewhere or unset CP_DEMO.");
      case LOAD -> load();
      case ALREADY_LOADED -> LOG.info("Demo data was loaded on " + setting(LOADED_ON).orElseThrow());
    }
    announce();
  }

  private void load() {
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock);
    DemoDataset.Summary summary = DemoDataset.build(today, clock.instant(), loginPolicy.tokenCipher(), em::persist);
    store(LOADED_ON, today.toString());
    store(KELLY_ID, summary.kellyId());
    store(KELLY_BORN, summary.kellysBirthDate().toString());
    em.flush();
    LOG.info(String.format("Demo data loaded: %d children in %d sections in %d ms",
        summary.children(), summary.sections(), (System.nanoTime() - started) / 1_000_000));
  }

  /** Demo data and logins are synthetic and published, so printing them here breaks no rule on logs. */
  private void announce() {
    String born = setting(KELLY_BORN).orElse("?");
    StringBuilder banner = new StringBuilder(String.join(System.lineSeparator(),
        "",
        "================================================================",
        " ContactPoint demo is running at https://localhost:8443/",
        "   (a self-signed certificate for localhost; http://localhost:8080/ redirects there)",
        " Kelly's story: log in as jane, search for \"Kely\" born " + born,
        " Demo logins (code: oathtool --totp -b SECRET):",
        String.format("   %-8s %-17s %-5s %-32s %s", "user", "password", "PIN", "TOTP secret", "role")));
    for (DemoAccounts.Login login : DemoAccounts.logins()) {
      banner.append(System.lineSeparator()).append(String.format("   %-8s %-17s %-5s %-32s %s",
          login.username(), login.password(), login.pin(), login.secret(), login.role()));
    }
    banner.append(System.lineSeparator()).append("================================================================");
    LOG.info(banner.toString());
  }

  private Optional<String> setting(String name) {
    List<?> values = em.createNativeQuery("SELECT setting_value FROM app_setting WHERE name = ?")
        .setParameter(1, name)
        .getResultList();
    return values.stream().map(Object::toString).findFirst();
  }

  private void store(String name, String value) {
    em.createNativeQuery("INSERT INTO app_setting (name, setting_value) VALUES (?, ?)")
        .setParameter(1, name)
        .setParameter(2, value)
        .executeUpdate();
  }
}
