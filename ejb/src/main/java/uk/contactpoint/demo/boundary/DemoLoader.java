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
import uk.contactpoint.demo.control.DemoDataset;
import uk.contactpoint.demo.control.DemoLoadDecision;
import uk.contactpoint.shared.control.PreLoginAccess;

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

  @Inject PreLoginAccess access;
  @Inject Clock clock;

  @PostConstruct
  void loadWhenDemo() {
    if (!access.isDemo()) {
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
    DemoDataset.Summary summary = DemoDataset.build(today, clock.instant(), em::persist);
    store(LOADED_ON, today.toString());
    store(KELLY_ID, summary.kellyId());
    store(KELLY_BORN, summary.kellysBirthDate().toString());
    em.flush();
    LOG.info(String.format("Demo data loaded: %d children in %d sections in %d ms",
        summary.children(), summary.sections(), (System.nanoTime() - started) / 1_000_000));
  }

  /** Demo data is synthetic, so printing Kelly's date of birth here breaks no rule on logs. */
  private void announce() {
    String born = setting(KELLY_BORN).orElse("?");
    LOG.info(String.join(System.lineSeparator(),
        "",
        "================================================================",
        " ContactPoint demo is running",
        "   https://localhost:8443/   (self-signed certificate)",
        "   http://localhost:8080/",
        " Kelly's story: search for \"Kely\" born " + born,
        "   curl -s http://localhost:8080/api/v1/children/search -H 'Content-Type: application/json' \\",
        "        -d '{\"name\":\"Kely\",\"dateOfBirth\":\"" + born + "\"}'",
        " Demo mode is open without login until two-factor login is built.",
        "================================================================"));
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
