package uk.contactpoint.notification.boundary;

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
import uk.contactpoint.notification.control.DigestMail;
import uk.contactpoint.shared.control.JobLock;

/**
 * Each morning, to every active account that asked for it: one e-mail counting the changes on the
 * children its holder works with since the last one — the same changes their home page shows
 * (someone joined, left or took the lead, by hand or by a feed) — and naming none of them. No
 * change, no e-mail. Runs on every node, once across the cluster (the job lock).
 *
 * <p>{@code @PermitAll}: the timer runs as no one; the job has no caller-facing view.
 */
@Singleton
@PermitAll
public class DailyDigest {

  static final String JOB = "daily-digest";
  private static final Logger LOG = Logger.getLogger(DailyDigest.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Clock clock;
  @Inject JobLock lock;
  @Inject DigestMail mail;

  @Schedule(hour = "7", minute = "0", persistent = false)
  void everyMorning() {
    Instant now = clock.instant();
    lock.runOnce(JOB, now, Duration.ofHours(1), () -> sendUpTo(now));
  }

  /**
   * Sends each account that asked for it the count of its changes up to {@code now}; answers how
   * many e-mails went.
   */
  public int sendUpTo(Instant now) {
    List<Object[]> counts =
        em.createQuery(
                "SELECT a.id, COUNT(n) FROM UserAccount a, Notification n"
                    + " WHERE a.dailyDigest = TRUE AND a.status = :active AND n.recipient = a.practitioner"
                    + " AND n.happenedAt > a.digestCoveredTo AND n.happenedAt <= :now GROUP BY a.id",
                Object[].class)
            .setParameter("active", AccountStatus.ACTIVE)
            .setParameter("now", now)
            .getResultList();
    int sent = 0;
    for (Object[] row : counts) {
      UserAccount account = em.find(UserAccount.class, row[0]);
      String to =
          account.practitioner().contact() == null
              ? null
              : account.practitioner().contact().email();
      if (to != null && mail.send(account.id(), to, ((Number) row[1]).intValue())) {
        account.digestSent(now);
        sent++;
      }
    }
    int total = sent;
    LOG.info(
        () ->
            "Daily e-mails of changes sent: "
                + total
                + " of "
                + counts.size()
                + " accounts with changes");
    return sent;
  }
}
