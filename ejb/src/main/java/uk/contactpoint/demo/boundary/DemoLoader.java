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
import uk.contactpoint.accounts.entity.AccountStatus;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNote;
import uk.contactpoint.audit.control.AuditTrail;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditOutcome;
import uk.contactpoint.demo.control.DemoAccounts;
import uk.contactpoint.demo.control.DemoDataset;
import uk.contactpoint.demo.control.DemoLoadDecision;
import uk.contactpoint.shared.control.DemoMode;

/**
 * In demo mode (CP_DEMO=true), loads the synthetic data set once, in one transaction (a failed load
 * leaves nothing behind), then tells the person who started the server where to go and what to
 * search for.
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
  @jakarta.ejb.EJB AuditTrail trail;

  @PostConstruct
  void loadWhenDemo() {
    if (!demoMode.isOn()) {
      disableDemoLoginsOfADemoDatabase();
      return;
    }
    long children = (Long) em.createQuery("SELECT COUNT(c) FROM Child c").getSingleResult();
    switch (DemoLoadDecision.decide(setting(LOADED_ON).isPresent(), children)) {
      case REFUSE ->
          throw new IllegalStateException(
              "CP_DEMO=true, but the database already holds "
                  + children
                  + " records that demo mode did not create. "
                  + "Demo mode only runs on an empty database: point CP_DB_URL elsewhere or unset CP_DEMO.");
      case LOAD -> load();
      case ALREADY_LOADED -> {
        LOG.info("Demo data was loaded on " + setting(LOADED_ON).orElseThrow());
        enableDemoLoginsAgain();
      }
    }
    announce();
  }

  /**
   * The demo's logins are published in the README: if a database that once ran in demo mode is
   * started without it, they must not let anyone in. Each still enabled is disabled, audited and
   * logged by account id.
   */
  private void disableDemoLoginsOfADemoDatabase() {
    if (setting(LOADED_ON).isEmpty()) {
      return;
    }
    for (DemoAccounts.Login login : DemoAccounts.logins()) {
      em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :username", UserAccount.class)
          .setParameter("username", login.username())
          .getResultStream()
          .filter(account -> account.status() != AccountStatus.DISABLED)
          .forEach(
              account -> {
                account.disable();
                trail.record(
                    new AuditNote(AuditAction.ACCOUNT_DISABLED)
                        .actor("system:demo-guard")
                        .target("account", account.username())
                        .detail("reason", "a demo login, outside demo mode"),
                    AuditOutcome.SUCCESS);
                LOG.warning(
                    () ->
                        "Demo account "
                            + account.id()
                            + " disabled: this server is not in demo mode");
              });
    }
  }

  /**
   * Back in demo mode, the published logins work again (a start outside demo mode disabled them).
   */
  private void enableDemoLoginsAgain() {
    for (DemoAccounts.Login login : DemoAccounts.logins()) {
      em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :username", UserAccount.class)
          .setParameter("username", login.username())
          .getResultStream()
          .filter(account -> account.status() == AccountStatus.DISABLED)
          .forEach(
              account -> {
                account.enable();
                LOG.info(() -> "Demo account " + account.id() + " enabled again: demo mode");
              });
    }
  }

  private void load() {
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock);
    DemoDataset.Summary summary =
        DemoDataset.build(today, clock.instant(), loginPolicy.tokenCipher(), em::persist);
    store(LOADED_ON, today.toString());
    store(KELLY_ID, summary.kellyId());
    store(KELLY_BORN, summary.kellysBirthDate().toString());
    em.flush();
    LOG.info(
        String.format(
            "Demo data loaded: %d children in %d sections in %d ms",
            summary.children(), summary.sections(), (System.nanoTime() - started) / 1_000_000));
  }

  /**
   * Demo data and logins are synthetic and published, so printing them here breaks no rule on logs.
   */
  private void announce() {
    String born = setting(KELLY_BORN).orElse("?");
    StringBuilder banner =
        new StringBuilder(
            String.join(
                System.lineSeparator(),
                "",
                "================================================================",
                " ContactPoint demo is running at https://localhost:8443/",
                "   (a self-signed certificate for localhost; http://localhost:8080/ redirects there)",
                " Kelly's story: log in as jane, search for \"Kely\" born " + born,
                " Demo logins (code: oathtool --totp -b SECRET):",
                String.format(
                    "   %-8s %-17s %-5s %-32s %s",
                    "user", "password", "PIN", "TOTP secret", "role")));
    for (DemoAccounts.Login login : DemoAccounts.logins()) {
      banner
          .append(System.lineSeparator())
          .append(
              String.format(
                  "   %-8s %-17s %-5s %-32s %s",
                  login.username(), login.password(), login.pin(), login.secret(), login.role()));
    }
    banner
        .append(System.lineSeparator())
        .append("================================================================");
    LOG.info(banner.toString());
  }

  private Optional<String> setting(String name) {
    List<?> values =
        em.createNativeQuery("SELECT setting_value FROM app_setting WHERE name = ?")
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
