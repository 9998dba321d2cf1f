package uk.contactpoint.lifecycle.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.contactpoint.audit.control.AuditNote;
import uk.contactpoint.audit.control.AuditTrail;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditOutcome;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.lifecycle.control.LifecycleRules;
import uk.contactpoint.lifecycle.control.RecordPurger;
import uk.contactpoint.lifecycle.entity.RecordExtension;
import uk.contactpoint.shared.control.JobLock;

/**
 * The nightly record lifecycle (rule 8): on every node, once across the cluster (the job lock);
 * idempotent (a record archived is not archived again, a purged one is gone); the day comes from
 * the injected clock, or from the caller (the tests move it).
 */
@Singleton
@PermitAll
// Runs may overlap on one node (a timer and an operator's rerun); the job lock, not the bean,
// decides who works.
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class RecordLifecycle {

  static final String JOB = "record-lifecycle";
  private static final Logger LOG = Logger.getLogger(RecordLifecycle.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Clock clock;
  @Inject JobLock lock;
  @EJB AuditTrail trail;
  @EJB RecordPurger purger;
  @jakarta.annotation.Resource jakarta.ejb.SessionContext context;

  /** What one run did. */
  public record Run(boolean ran, int archived, int parentsDropped, int purged) {}

  @Schedule(hour = "1", minute = "30", persistent = false)
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  void nightly() {
    runOnce(LocalDate.now(clock), clock.instant());
  }

  /** The job as the timer runs it: only if this node takes the lock for the day. */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  public Run runOnce(LocalDate today, Instant now) {
    return runOnceFor(today, now, null);
  }

  /**
   * As the timer runs it, for one section's records (an operator's rerun for one local authority;
   * the tests).
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  public Run runOnceForSection(LocalDate today, Instant now, String sectionCode) {
    return runOnceFor(today, now, java.util.Objects.requireNonNull(sectionCode, "sectionCode"));
  }

  private Run runOnceFor(LocalDate today, Instant now, String sectionCode) {
    if (!context.getBusinessObject(RecordLifecycle.class).takeLock(now)) {
      LOG.info("Record lifecycle: another node has the lock; skipped");
      return new Run(false, 0, 0, 0);
    }
    return runFor(today, sectionCode);
  }

  /**
   * The lock row moved forward in a transaction of its own, committed at once, so other nodes see
   * it taken.
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
  public boolean takeLock(Instant now) {
    return lock.acquire(JOB, now, Duration.ofHours(1));
  }

  /**
   * Archives in one transaction, then purges each old record in its own: a purge writes to the
   * audit chain, which the archiving transaction would otherwise hold.
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  public Run run(LocalDate today) {
    return runFor(today, null);
  }

  /**
   * One section's records only (a local authority's own rerun; the tests, on sections of their
   * own).
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  public Run runForSection(LocalDate today, String sectionCode) {
    return runFor(today, java.util.Objects.requireNonNull(sectionCode, "sectionCode"));
  }

  private Run runFor(LocalDate today, String sectionCode) {
    int[] counts = context.getBusinessObject(RecordLifecycle.class).archiveDue(today, sectionCode);
    var old =
        em.createQuery(
                "SELECT c.id, c.publicId, c.section.id, c.archivedOn FROM Child c WHERE c.archivedOn <= :sixYearsAgo"
                    + (sectionCode == null ? "" : " AND c.section.code = :code"),
                Object[].class)
            .setParameter(
                "sixYearsAgo", today.minusYears(LifecycleRules.YEARS_ARCHIVED_BEFORE_PURGE));
    if (sectionCode != null) {
      old.setParameter("code", sectionCode);
    }
    List<Object[]> rows = old.getResultList();
    for (Object[] row : rows) {
      purger.purge((Long) row[0], (String) row[1], (Long) row[2], (LocalDate) row[3]);
    }
    int purged = rows.size();
    LOG.info(
        () ->
            "Record lifecycle for "
                + today
                + ": archived "
                + counts[0]
                + ", parents dropped "
                + counts[1]
                + ", purged "
                + purged);
    return new Run(true, counts[0], counts[1], purged);
  }

  /** Archives what is due and drops parents past 18; returns {archived, parents dropped}. */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
  public int[] archiveDue(LocalDate today, String sectionCode) {
    int archived = 0;
    int dropped = 0;
    var query =
        em.createQuery(
                "SELECT c FROM Child c WHERE c.archivedOn IS NULL AND c.mergedInto IS NULL"
                    + " AND (c.birthDate <= :adult OR c.dateOfDeath <= :yearAgo)"
                    + (sectionCode == null ? "" : " AND c.section.code = :code"),
                Child.class)
            .setParameter("adult", today.minusYears(LifecycleRules.ADULT_AGE))
            .setParameter("yearAgo", today.minusYears(LifecycleRules.YEARS_AFTER_DEATH));
    if (sectionCode != null) {
      query.setParameter("code", sectionCode);
    }
    List<Child> due = query.getResultList();
    for (Child child : due) {
      Optional<LifecycleRules.Extension> extension = extensionOf(child);
      boolean parents = child.parentsCarers().stream().anyMatch(p -> !p.relationship().isCarer());
      LifecycleRules.Decision decision =
          LifecycleRules.decide(
              child.birthDate(), child.dateOfDeath().orElse(null), null, extension, parents, today);
      switch (decision.step()) {
        case ARCHIVE -> {
          child.archive(today, decision.reason());
          trail.record(
              new AuditNote(AuditAction.RECORD_ARCHIVED)
                  .actor("system:" + JOB)
                  .child(child)
                  .detail("reason", decision.reason().name()),
              AuditOutcome.SUCCESS);
          archived++;
        }
        case DROP_PARENTS -> dropped += child.dropParentsKeepingCarers();
        default -> {}
      }
    }
    return new int[] {archived, dropped};
  }

  private Optional<LifecycleRules.Extension> extensionOf(Child child) {
    return em.createQuery(
            "SELECT e FROM RecordExtension e WHERE e.child = :child ORDER BY e.recordedOn DESC",
            RecordExtension.class)
        .setParameter("child", child)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(e -> new LifecycleRules.Extension(e.endsOn(), e.withdrawnOn().isPresent()));
  }
}
