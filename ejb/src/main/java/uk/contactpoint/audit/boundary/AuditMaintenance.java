package uk.contactpoint.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;
import uk.contactpoint.audit.control.AuditNote;
import uk.contactpoint.audit.control.AuditTrail;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditOutcome;
import uk.contactpoint.schema.boundary.SchemaMigration;
import uk.contactpoint.shared.control.JobLock;
import uk.contactpoint.shared.control.Settings;

/**
 * Nightly care of the trail, once across the cluster (the job lock): on PostgreSQL it keeps a year
 * of monthly partitions ready ahead, and everywhere it removes the entries older than the retention
 * period ({@code CP_AUDIT_RETENTION_MONTHS}, 84 by default) — whole months, so that on PostgreSQL
 * it drops partitions instead of deleting rows (the append-only trigger refuses DELETE). Before
 * entries go, each chain's head records where it now starts, so the chains still verify; the
 * removal itself is an audited event. Running it twice removes nothing more.
 *
 * <p>On PostgreSQL partitions are added and dropped through the owner's functions ({@code
 * audit_add_month}, {@code audit_drop_month}), so the application's role needs no right to create
 * or drop a table of the trail, and no month younger than the owner's retention floor ({@code
 * audit_retention_floor}) can be dropped, whatever {@code CP_AUDIT_RETENTION_MONTHS} says.
 *
 * <p>{@code @PermitAll}: the timer runs as no one.
 */
@Singleton
@PermitAll
public class AuditMaintenance {

  static final String JOB = "audit-retention";
  public static final int DEFAULT_RETENTION_MONTHS = 84;
  private static final int MONTHS_AHEAD = 12;
  private static final DateTimeFormatter PARTITION = DateTimeFormatter.ofPattern("yyyyMM");
  private static final Logger LOG = Logger.getLogger(AuditMaintenance.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Clock clock;
  @Inject JobLock lock;
  @Inject AuditTrail trail;
  @EJB SchemaMigration schema;

  @Schedule(hour = "3", minute = "30", persistent = false)
  void nightly() {
    lock.runOnce(
        JOB,
        clock.instant(),
        Duration.ofHours(1),
        () -> {
          YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
          ensurePartitions(now, now.plusMonths(MONTHS_AHEAD));
          removeEntriesBefore(now.minusMonths(retentionMonths()));
        });
  }

  private static int retentionMonths() {
    return Settings.get("CP_AUDIT_RETENTION_MONTHS")
        .map(Integer::parseInt)
        .orElse(DEFAULT_RETENTION_MONTHS);
  }

  /** PostgreSQL: a partition for every month from {@code from} to {@code to}; nothing on H2. */
  public void ensurePartitions(YearMonth from, YearMonth to) {
    if (!onPostgres()) {
      return;
    }
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      em.createNativeQuery("SELECT audit_add_month(?)")
          .setParameter(1, month.atDay(1))
          .getSingleResult();
    }
  }

  /**
   * Removes every entry of a month before {@code firstKept} and the detail rows of those entries.
   * Returns how many entries went.
   */
  public int removeEntriesBefore(YearMonth wanted) {
    YearMonth firstKept = withinTheFloor(wanted);
    OffsetDateTime cutoff = OffsetDateTime.of(firstKept.atDay(1).atStartOfDay(), ZoneOffset.UTC);
    long old =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE occurred_at < ?")
                    .setParameter(1, cutoff)
                    .getSingleResult())
            .longValue();
    if (old == 0) {
      return 0;
    }
    moveChainStarts(cutoff);
    em.createNativeQuery(
            "DELETE FROM audit_detail WHERE entry_id IN (SELECT id FROM audit_entry WHERE occurred_at < ?)")
        .setParameter(1, cutoff)
        .executeUpdate();
    long left = 0;
    if (onPostgres()) {
      for (String partition : monthlyPartitionsBefore(firstKept)) {
        YearMonth month = YearMonth.parse(partition.substring("audit_entry_".length()), PARTITION);
        em.createNativeQuery("SELECT audit_drop_month(?)")
            .setParameter(1, month.atDay(1))
            .getSingleResult();
      }
      left =
          ((Number)
                  em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE occurred_at < ?")
                      .setParameter(1, cutoff)
                      .getSingleResult())
              .longValue();
      if (left > 0) {
        long stranded = left;
        // Only rows of the default partition can be left: written for a month that had no
        // partition.
        LOG.warning(
            () ->
                stranded
                    + " audit entries older than the retention period are in the default partition;"
                    + " the append-only trigger keeps them until an operator removes them (docs/audit.md)");
      }
    } else {
      em.createNativeQuery("DELETE FROM audit_entry WHERE occurred_at < ?")
          .setParameter(1, cutoff)
          .executeUpdate();
    }
    int removed = (int) (old - left);
    trail.record(
        new AuditNote(AuditAction.AUDIT_RETENTION_APPLIED)
            .target("before", firstKept)
            .detail("entriesRemoved", removed),
        AuditOutcome.SUCCESS);
    LOG.info(() -> "Audit retention: " + removed + " entries before " + firstKept + " removed");
    return removed;
  }

  /**
   * PostgreSQL: the first month to keep, no later than the owner's retention floor allows (the drop
   * function would refuse a younger month, and the chain starts must move only as far as entries
   * really go).
   */
  private YearMonth withinTheFloor(YearMonth wanted) {
    if (!onPostgres()) {
      return wanted;
    }
    int floor =
        ((Number)
                em.createNativeQuery("SELECT months FROM audit_retention_floor").getSingleResult())
            .intValue();
    YearMonth latest = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(floor);
    if (wanted.isAfter(latest)) {
      LOG.warning(
          () ->
              "Audit retention: entries are kept "
                  + floor
                  + " months by the database owner's floor;"
                  + " removing those before "
                  + latest
                  + ", not "
                  + wanted);
      return latest;
    }
    return wanted;
  }

  /**
   * Each chain now starts at its first entry from the cutoff on (or after its last, if none is
   * left).
   */
  private void moveChainStarts(OffsetDateTime cutoff) {
    @SuppressWarnings("unchecked")
    List<Object> chains =
        em.createNativeQuery("SELECT DISTINCT chain_key FROM audit_entry WHERE occurred_at < ?")
            .setParameter(1, cutoff)
            .getResultList();
    for (Object chain : chains) {
      @SuppressWarnings("unchecked")
      List<Object[]> first =
          em.createNativeQuery(
                  "SELECT seq, prev_hash FROM audit_entry WHERE chain_key = ? AND occurred_at >= ? ORDER BY seq FETCH FIRST 1 ROWS ONLY")
              .setParameter(1, chain)
              .setParameter(2, cutoff)
              .getResultList();
      if (first.isEmpty()) {
        em.createNativeQuery(
                "UPDATE audit_chain SET first_seq = last_seq + 1, anchor_hash = last_hash WHERE chain_key = ?")
            .setParameter(1, chain)
            .executeUpdate();
      } else {
        em.createNativeQuery(
                "UPDATE audit_chain SET first_seq = ?, anchor_hash = ? WHERE chain_key = ?")
            .setParameter(1, ((Number) first.get(0)[0]).longValue())
            .setParameter(2, first.get(0)[1])
            .setParameter(3, chain)
            .executeUpdate();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> monthlyPartitionsBefore(YearMonth firstKept) {
    List<Object> names =
        em.createNativeQuery(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                    + " JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'audit_entry'")
            .getResultList();
    String limit = "audit_entry_" + PARTITION.format(firstKept);
    return names.stream()
        .map(String::valueOf)
        .filter(n -> n.matches("audit_entry_\\d{6}") && n.compareTo(limit) < 0)
        .sorted()
        .toList();
  }

  private boolean onPostgres() {
    return "postgresql".equals(schema.vendor());
  }
}
