package uk.contactpoint.accounts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import uk.contactpoint.accounts.entity.AccountStatus;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNote;
import uk.contactpoint.audit.control.AuditTrail;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditOutcome;
import uk.contactpoint.shared.control.JobLock;

/**
 * Nightly: disables accounts unused for 90 days (DESIGN.md rule 1, dormant accounts). Runs on every
 * node, once across the cluster (the job lock); running it twice changes nothing more. The timer
 * runs as no one, hence {@code @PermitAll}; it has no caller-facing view.
 */
@Singleton
@PermitAll
public class AccountHousekeeping {

  static final String JOB = "account-housekeeping";
  private static final Logger LOG = Logger.getLogger(AccountHousekeeping.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Clock clock;
  @Inject JobLock lock;
  @Inject AuditTrail trail;

  @Schedule(hour = "2", minute = "15", persistent = false)
  void nightly() {
    Instant now = clock.instant();
    lock.runOnce(JOB, now, Duration.ofHours(1), () -> disableDormantAccounts(now));
  }

  /** Returns how many accounts it disabled. */
  public int disableDormantAccounts(Instant now) {
    List<UserAccount> active =
        em.createQuery("SELECT a FROM UserAccount a WHERE a.status = :active", UserAccount.class)
            .setParameter("active", AccountStatus.ACTIVE)
            .getResultList();
    List<UserAccount> dormant =
        active.stream().filter(account -> account.isDormantAt(now)).toList();
    dormant.forEach(
        account -> {
          account.disable();
          trail.record(
              new AuditNote(AuditAction.ACCOUNT_DISABLED)
                  .target("account", account.username())
                  .detail("why", "unused for " + UserAccount.DORMANT_AFTER.toDays() + " days"),
              AuditOutcome.SUCCESS);
        });
    LOG.info(() -> "Dormant accounts disabled: " + dormant.size());
    return dormant.size();
  }
}
