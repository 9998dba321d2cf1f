package uk.contactpoint.auditreview.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditAlert;
import uk.contactpoint.audit.entity.AuditOutcome;
import uk.contactpoint.auditreview.control.AlertRules;
import uk.contactpoint.shared.control.JobLock;

/**
 * Watches the trail: every minute, on one node (the job lock), applies the alert rules to the
 * events since the last scan and raises alerts for the reviewers of each user's section. The scan
 * re-reads a few minutes before its mark, because entries of a transaction that was still open at
 * the last scan may carry an earlier time; an alert's window key makes that harmless.
 *
 * <p>{@code @PermitAll}: the timer runs as no one; a run changes nothing but alerts.
 */
@Singleton
@PermitAll
public class AlertScan {

  static final String JOB = "audit-alerts";
  private static final Duration OVERLAP = Duration.ofMinutes(10);
  private static final Logger LOG = Logger.getLogger(AlertScan.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Clock clock;
  @Inject JobLock lock;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    lock.runOnce(JOB, clock.instant(), Duration.ofMinutes(5), this::scan);
  }

  /** Scans what is new and returns how many alerts it raised. */
  public int scan() {
    Instant now = clock.instant();
    Instant mark =
        instant(
            em.createNativeQuery("SELECT scanned_until FROM audit_scan WHERE name = 'alerts'")
                .getSingleResult());
    // A first scan (or one after a long stop) looks back one day at most.
    Instant from =
        (mark.isBefore(now.minus(Duration.ofDays(1))) ? now.minus(Duration.ofDays(1)) : mark)
            .minus(OVERLAP);
    AlertRules rules = new AlertRules(AlertRules.Thresholds.fromSettings(), clock.getZone());
    CountingHistory history = new CountingHistory();
    Set<String> seen = new HashSet<>();
    int raised = 0;
    for (AlertRules.Event event : events(from, now)) {
      for (AlertRules.Raised alert : rules.evaluate(event, history)) {
        String key = AuditAlert.windowKey(alert.rule(), alert.username(), alert.window());
        if (seen.add(key) && !exists(key)) {
          em.persist(
              new AuditAlert(
                  alert.rule(),
                  alert.username(),
                  alert.sectionId(),
                  now,
                  alert.window(),
                  alert.summary()));
          raised++;
        }
      }
    }
    em.createNativeQuery("UPDATE audit_scan SET scanned_until = ? WHERE name = 'alerts'")
        .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .executeUpdate();
    if (raised > 0) {
      int count = raised;
      LOG.info(() -> "Audit alerts raised: " + count);
    }
    return raised;
  }

  private boolean exists(String windowKey) {
    return !em.createQuery("SELECT a.id FROM AuditAlert a WHERE a.windowKey = :key", Long.class)
        .setParameter("key", windowKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @SuppressWarnings("unchecked")
  private List<AlertRules.Event> events(Instant from, Instant to) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT e.id, e.occurred_at, e.action, e.outcome, e.actor_username, e.actor_roles, e.actor_section_id,"
                    + " e.subject_section_id, e.subject_shielded, d.search_surname"
                    + " FROM audit_entry e LEFT JOIN audit_detail d ON d.entry_id = e.id"
                    + " WHERE e.occurred_at > ? AND e.occurred_at <= ? AND e.actor_username IS NOT NULL ORDER BY e.occurred_at")
            .setParameter(1, utc(from))
            .setParameter(2, utc(to))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new AlertRules.Event(
                    ((Number) r[0]).longValue(),
                    instant(r[1]),
                    AuditAction.valueOf((String) r[2]),
                    AuditOutcome.valueOf((String) r[3]),
                    (String) r[4],
                    (String) r[5],
                    longOrNull(r[6]),
                    longOrNull(r[7]),
                    bool(r[8]),
                    (String) r[9]))
        .toList();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof java.sql.Timestamp time) {
      return time.toInstant();
    }
    if (value instanceof java.time.ZonedDateTime time) {
      return time.toInstant();
    }
    throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
  }

  private static Long longOrNull(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  private static boolean bool(Object value) {
    return value instanceof Boolean flag ? flag : value != null && ((Number) value).intValue() != 0;
  }

  /** The rules' counts, each asked of the database once per scan. */
  private final class CountingHistory implements AlertRules.History {
    private final Map<String, Object> answers = new HashMap<>();

    @Override
    public long accessesBetween(String username, Instant from, Instant to) {
      return (Long)
          answers.computeIfAbsent(
              "a|" + username + "|" + from,
              k ->
                  count(
                      "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND action = 'RECORD_ACCESS' AND outcome = 'SUCCESS'"
                          + " AND occurred_at >= ? AND occurred_at < ?",
                      username,
                      utc(from),
                      utc(to)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public double usualHourlyAccesses(String username, Instant before) {
      return (Double)
          answers.computeIfAbsent(
              "u|" + username + "|" + before,
              k -> {
                List<Object> times =
                    em.createNativeQuery(
                            "SELECT occurred_at FROM audit_entry WHERE actor_username = ? AND action = 'RECORD_ACCESS' AND outcome = 'SUCCESS'"
                                + " AND occurred_at >= ? AND occurred_at < ?")
                        .setParameter(1, username)
                        .setParameter(2, utc(before.minus(28, ChronoUnit.DAYS)))
                        .setParameter(3, utc(before))
                        .getResultList();
                long activeHours =
                    times.stream()
                        .map(t -> instant(t).truncatedTo(ChronoUnit.HOURS))
                        .distinct()
                        .count();
                return activeHours == 0 ? 0.0 : (double) times.size() / activeHours;
              });
    }

    @Override
    public long outsideSectionAccessesBetween(String username, Instant from, Instant to) {
      return (Long)
          answers.computeIfAbsent(
              "o|" + username + "|" + from,
              k ->
                  count(
                      "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND action = 'RECORD_ACCESS' AND outcome = 'SUCCESS'"
                          + " AND subject_section_id <> actor_section_id AND occurred_at >= ? AND occurred_at < ?",
                      username,
                      utc(from),
                      utc(to)));
    }

    @Override
    public long searchesOfSurnameBetween(
        String username, String surname, Instant from, Instant to) {
      return (Long)
          answers.computeIfAbsent(
              "s|" + username + "|" + surname + "|" + to,
              k ->
                  count(
                      "SELECT COUNT(*) FROM audit_entry e JOIN audit_detail d ON d.entry_id = e.id WHERE e.actor_username = ?"
                          + " AND e.action = 'SEARCH' AND d.search_surname = ? AND e.occurred_at > ? AND e.occurred_at <= ?",
                      username,
                      surname,
                      utc(from),
                      utc(to)));
    }

    private long count(String sql, Object... parameters) {
      var query = em.createNativeQuery(sql);
      for (int i = 0; i < parameters.length; i++) {
        query.setParameter(i + 1, parameters[i]);
      }
      return ((Number) query.getSingleResult()).longValue();
    }
  }
}
