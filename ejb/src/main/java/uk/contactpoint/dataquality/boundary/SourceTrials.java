package uk.contactpoint.dataquality.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.feeds.control.FeedDispatcher;
import uk.contactpoint.feeds.entity.FeedBatch;
import uk.contactpoint.feeds.entity.FeedOutcome;
import uk.contactpoint.feeds.entity.FeedSource;
import uk.contactpoint.feeds.entity.ReceivedRecord;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * A source system's go-live trial and its quality: each source's figures, and the gate its trial
 * batch must pass before its records apply. A section's team acts on its own section's sources
 * (DESIGN.md rule 9); the national operator on every source.
 */
@Stateless
@RolesAllowed(Duty.DATA_QUALITY_ROLE)
public class SourceTrials {

  private static final Logger LOG = Logger.getLogger(SourceTrials.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject uk.contactpoint.accounts.control.SectionScope scope;
  @Inject Accounts accounts;
  @Inject AuditNotes audit;
  @jakarta.ejb.EJB FeedDispatcher dispatcher;

  /**
   * One source's figures (rule 10): its records by outcome, how links were found, and the rates the
   * go-live gate and the dashboard read. The trial batch is counted on its own.
   */
  public record SourceQuality(
      String sourceCode,
      String status,
      String approvedBy,
      Instant approvedAt,
      int trialRecords,
      double trialSettledRate,
      long records,
      Map<String, Long> outcomes,
      Map<String, Long> linkedBy,
      double matchRate,
      double reviewRate,
      double rejectRate)
      implements Serializable {}

  /**
   * The quality of the sources the caller approves: their own section's (DESIGN.md rule 9); every
   * source, national ones included, for the national operator.
   */
  @RolesAllowed({Duty.DATA_QUALITY_ROLE, uk.contactpoint.accounts.entity.Role.ADMIN_NAME})
  public List<SourceQuality> sources() {
    Optional<uk.contactpoint.section.entity.LocalAuthoritySection> mine = scope.of(caller);
    Map<String, Map<String, Long>> outcomes = new java.util.TreeMap<>();
    Map<String, Map<String, Long>> linkedBy = new java.util.TreeMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT b.sourceCode, r.outcome, r.matchedBy, COUNT(r) FROM ReceivedRecord r JOIN r.batch b"
                    + " WHERE b.trial = FALSE AND r.outcome IS NOT NULL GROUP BY b.sourceCode, r.outcome, r.matchedBy",
                Object[].class)
            .getResultList()) {
      String code = (String) row[0];
      long count = ((Number) row[3]).longValue();
      outcomes
          .computeIfAbsent(code, k -> new java.util.LinkedHashMap<>())
          .merge(((FeedOutcome) row[1]).word(), count, Long::sum);
      if (row[2] != null) {
        linkedBy
            .computeIfAbsent(code, k -> new java.util.LinkedHashMap<>())
            .merge((String) row[2], count, Long::sum);
      }
    }
    var query =
        em.createQuery(
            "SELECT s FROM FeedSource s"
                + (mine.isPresent() ? " WHERE s.section = :section" : "")
                + " ORDER BY s.sourceCode",
            FeedSource.class);
    mine.ifPresent(section -> query.setParameter("section", section));
    return query
        .getResultStream()
        .map(
            source -> {
              Map<String, Long> counts = new java.util.LinkedHashMap<>();
              for (FeedOutcome outcome : FeedOutcome.values()) {
                counts.put(
                    outcome.word(),
                    outcomes
                        .getOrDefault(source.sourceCode(), Map.of())
                        .getOrDefault(outcome.word(), 0L));
              }
              long total = counts.values().stream().mapToLong(Long::longValue).sum();
              int trialRecords = source.trialBatch().map(FeedBatch::recordCount).orElse(0);
              return new SourceQuality(
                  source.sourceCode(),
                  source.status().name(),
                  source.approvedBy().orElse(null),
                  source.approvedAt().orElse(null),
                  trialRecords,
                  trialSettledRate(source),
                  total,
                  counts,
                  linkedBy.getOrDefault(source.sourceCode(), Map.of()),
                  rate(counts.get("updated") + counts.get("matched"), total),
                  rate(counts.get("review"), total),
                  rate(counts.get("rejected"), total));
            })
        .toList();
  }

  /**
   * The go-live gate: the source's trial settled at least 95 % automatically; its trial and waiting
   * batches are then applied.
   */
  @Audited(AuditAction.FEED_SOURCE_APPROVED)
  @RolesAllowed({Duty.DATA_QUALITY_ROLE, uk.contactpoint.accounts.entity.Role.ADMIN_NAME})
  public void approveSource(String sourceCode) {
    audit.current().target("feed-source", sourceCode);
    FeedSource source = feedSource(sourceCode);
    double rate = trialSettledRate(source);
    audit.current().detail("trialSettledRate", String.format(java.util.Locale.ROOT, "%.4f", rate));
    source.approve(rate, accounts.caller(caller.getCallerPrincipal()).username(), clock.instant());
    FeedBatch trial = source.trialBatch().orElseThrow();
    em.createQuery("SELECT r FROM ReceivedRecord r WHERE r.batch = :batch", ReceivedRecord.class)
        .setParameter("batch", trial)
        .getResultList()
        .forEach(ReceivedRecord::clearTrialOutcome);
    List<FeedBatch> released = new ArrayList<>(List.of(trial));
    released.addAll(
        em.createQuery(
                "SELECT b FROM FeedBatch b WHERE b.sourceCode = :code AND b.status = :waiting ORDER BY b.id",
                FeedBatch.class)
            .setParameter("code", sourceCode)
            .setParameter("waiting", FeedBatch.Status.WAITING)
            .getResultList());
    for (FeedBatch batch : released) {
      batch.release();
      dispatcher.submitAfterCommit(batch.id());
    }
    LOG.info(
        () -> "Feed source " + sourceCode + " approved; " + released.size() + " batches released");
  }

  /** A failed trial: the source's next batch becomes its new trial. */
  @Audited(AuditAction.FEED_SOURCE_NEW_TRIAL)
  @RolesAllowed({Duty.DATA_QUALITY_ROLE, uk.contactpoint.accounts.entity.Role.ADMIN_NAME})
  public void newTrial(String sourceCode) {
    audit.current().target("feed-source", sourceCode);
    feedSource(sourceCode).newTrial();
  }

  /**
   * A source the caller approves; another section's (or, for a section's team, a national one)
   * answers 404.
   */
  private FeedSource feedSource(String sourceCode) {
    FeedSource source =
        em.createQuery("SELECT s FROM FeedSource s WHERE s.sourceCode = :code", FeedSource.class)
            .setParameter("code", sourceCode == null ? "" : sourceCode)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("The source"));
    scope.requireWithin(caller, source.section().orElse(null), "The source");
    return source;
  }

  /**
   * The share of the trial's records that were linked or new without the team: the go-live measure.
   */
  private double trialSettledRate(FeedSource source) {
    return source
        .trialBatch()
        .filter(b -> b.status() == FeedBatch.Status.DONE)
        .map(
            batch -> {
              long settled =
                  em.createQuery(
                          "SELECT COUNT(r) FROM ReceivedRecord r WHERE r.batch = :batch AND r.outcome IN :settled",
                          Long.class)
                      .setParameter("batch", batch)
                      .setParameter(
                          "settled",
                          List.of(FeedOutcome.CREATED, FeedOutcome.MATCHED, FeedOutcome.UPDATED))
                      .getSingleResult();
              return rate(settled, batch.recordCount());
            })
        .orElse(0.0);
  }

  private static double rate(long part, long whole) {
    return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
  }
}
