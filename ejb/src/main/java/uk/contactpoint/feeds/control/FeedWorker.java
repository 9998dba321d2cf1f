package uk.contactpoint.feeds.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.contactpoint.accounts.entity.SourceSystemKey;
import uk.contactpoint.audit.control.AuditNote;
import uk.contactpoint.audit.control.AuditTrail;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditChain;
import uk.contactpoint.audit.entity.AuditOutcome;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.feeds.entity.FeedOutcome;
import uk.contactpoint.feeds.entity.ReceivedRecord;
import uk.contactpoint.matching.control.MatchDecider;
import uk.contactpoint.matching.entity.HoldReason;

/**
 * Applies the records of a stored batch, up to a hundred to a transaction ({@link #processAll}):
 * bind strictly, validate, match, apply, and write the outcome with the change. A set whose
 * transaction fails leaves nothing half written and is applied again one record per transaction
 * ({@link #process}), so one bad record is rejected on its own and never stops its batch.
 */
@PermitAll
@Stateless
public class FeedWorker {

  private static final Logger LOG = Logger.getLogger(FeedWorker.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Clock clock;
  @Inject FeedApplier applier;
  @Inject FeedChecks checks;
  @Inject FeedMatching matching;
  @Inject FeedReviewCases reviewCases;
  @Inject LinkLog links;
  @EJB AuditTrail audit;
  @Resource TransactionSynchronizationRegistry transaction;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public FeedOutcome process(long recordId, int lane) {
    inLane(lane);
    ReceivedRecord received = em.find(ReceivedRecord.class, recordId);
    if (received.outcome().isPresent()) {
      return received.outcome().get();
    }
    try {
      FeedOutcome outcome = apply(received, false, checks.lookups());
      em.flush();
      return outcome;
    } catch (PersistenceException refused) {
      throw new NotApplied(refused);
    }
  }

  /**
   * Several records of one batch in one transaction: a commit (a disk flush), the section codes and
   * the matching's reads once for all of them rather than once each. All or none: if any record
   * fails, the whole set rolls back and the caller applies them one at a time, so a bad record
   * still fails alone. The valid records are matched together (FeedMatching.matchAll); those that
   * cannot meet an earlier record's child are applied on those readings and the others matched
   * again after them (IndependentRecords), so each is decided as if the ones before it had been
   * applied first; of those, the ones that create a child come last, once they hold their blocks'
   * locks and have been matched again (FeedMatching.lockedIfCreating), so another source's set
   * creating the same child is seen. Each record is written and let go before the next (flush,
   * clear): the flush never compares more than one record's objects.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void processAll(List<Long> recordIds, int lane) {
    inLane(lane);
    FeedChecks.Lookups lookups = checks.lookups();
    try {
      List<Long> valid = new ArrayList<>();
      List<FeedRecord> records = new ArrayList<>();
      String source = null;
      for (long recordId : recordIds) {
        ReceivedRecord received = em.find(ReceivedRecord.class, recordId);
        source = received.batch().sourceCode();
        Optional<FeedRecord> record =
            received.outcome().isEmpty() ? checks.check(received, lookups) : Optional.empty();
        if (record.isPresent()) {
          valid.add(recordId);
          records.add(record.get());
        }
      }
      em.flush();
      em.clear();
      while (!records.isEmpty()) {
        List<FeedMatching.Matched> matched = matching.matchAll(records, source);
        List<Boolean> now = IndependentRecords.applicableNow(records, source, matched);
        List<Long> waitingIds = new ArrayList<>();
        List<FeedRecord> waiting = new ArrayList<>();
        List<Integer> creating = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
          if (!now.get(r)) {
            waitingIds.add(valid.get(r));
            waiting.add(records.get(r));
          } else if (matched.get(r).decision().verdict() == MatchDecider.Verdict.NEW) {
            creating.add(r);
          } else {
            applyOne(valid.get(r), records.get(r), matched.get(r), lookups);
          }
        }
        // Last, so the blocks' locks are held for as little of the set as can be: they are
        // independent of the records applied before them (IndependentRecords).
        List<FeedRecord> creators = creating.stream().map(records::get).toList();
        List<FeedMatching.Matched> locked =
            matching.lockedIfCreating(
                creators, source, creating.stream().map(matched::get).toList());
        for (int c = 0; c < creating.size(); c++) {
          applyOne(valid.get(creating.get(c)), creators.get(c), locked.get(c), lookups);
        }
        valid = waitingIds;
        records = waiting;
      }
    } catch (PersistenceException refused) {
      throw new NotApplied(refused);
    }
  }

  /** The batch's lane this transaction applies (FeedLanes): its audit entries go to its chain. */
  private void inLane(int lane) {
    transaction.putResource(AuditChain.SOURCE_LANE, lane);
  }

  private void applyOne(
      long recordId, FeedRecord record, FeedMatching.Matched matched, FeedChecks.Lookups lookups) {
    applyMatched(em.find(ReceivedRecord.class, recordId), record, matched, false, lookups);
    em.flush();
    em.clear();
    FeedPause.recordWritten();
  }

  /**
   * A record the management team types in goes through the same checks as a feed's, in the team's
   * own transaction: valid, then matched; a record that resembles a child (or meets a shield) is
   * held in the queue rather than linked or created unseen.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public FeedOutcome applyManual(ReceivedRecord received) {
    return apply(received, true, checks.lookups());
  }

  private FeedOutcome apply(ReceivedRecord received, boolean manual, FeedChecks.Lookups lookups) {
    Optional<FeedRecord> valid = checks.check(received, lookups);
    if (valid.isEmpty()) {
      return FeedOutcome.REJECTED;
    }
    FeedMatching.Matched matched = matching.match(valid.get(), received.batch().sourceCode());
    return applyMatched(received, valid.get(), matched, manual, lookups);
  }

  private FeedOutcome applyMatched(
      ReceivedRecord received,
      FeedRecord record,
      FeedMatching.Matched matched,
      boolean manual,
      FeedChecks.Lookups lookups) {
    Instant now = clock.instant();
    String source = received.batch().sourceCode();
    MatchDecider.Decision found = matched.decision();
    // The team meant a new record, and one like it exists: they compare the two in the queue.
    MatchDecider.Decision decision =
        manual && found.verdict() == MatchDecider.Verdict.LINK
            ? new MatchDecider.Decision(
                MatchDecider.Verdict.REVIEW, found.chosen(), HoldReason.UNCERTAIN, found.ranked())
            : found;
    if (received.batch().isTrial()) {
      // The go-live trial: what would happen, nothing applied, nobody's queue filled.
      Child would =
          decision
              .chosen()
              .filter(c -> decision.verdict() == MatchDecider.Verdict.LINK)
              .map(c -> em.find(Child.class, c.childId()))
              .orElse(null);
      received.namesLocalAuthority(record.localAuthority());
      received.applied(
          switch (decision.verdict()) {
            case NEW -> FeedOutcome.CREATED;
            case LINK -> FeedOutcome.MATCHED;
            case REVIEW -> FeedOutcome.REVIEW;
          },
          would,
          now);
      return received.outcome().orElseThrow();
    }
    Instant receivedAt = received.batch().receivedAt();
    switch (decision.verdict()) {
      case NEW -> {
        Child child = applier.create(record, source, receivedAt);
        settle(received, record, FeedOutcome.CREATED, child, now);
      }
      case LINK -> {
        Child child = em.find(Child.class, decision.chosen().orElseThrow().childId());
        boolean changed =
            links.link(child, record, received, lookups.kindOf(source), "feed:" + source, now);
        // Set after the link's own flush, so the record is updated once, with its outcome.
        received.matchedBy(matched.by());
        settle(received, record, changed ? FeedOutcome.UPDATED : FeedOutcome.MATCHED, child, now);
      }
      case REVIEW -> {
        holdForReview(received, record, decision, now);
      }
    }
    return received.outcome().orElseThrow();
  }

  /** After a transaction failed: the record is rejected on its own, its batch goes on. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void rejectAfterFailure(long recordId, String why) {
    ReceivedRecord received = em.find(ReceivedRecord.class, recordId);
    if (received.outcome().isEmpty()) {
      received.rejected(List.of(why), clock.instant());
    }
  }

  private void holdForReview(
      ReceivedRecord received, FeedRecord record, MatchDecider.Decision decision, Instant now) {
    em.persist(reviewCases.caseFor(received, record, decision, now));
    received.namesLocalAuthority(record.localAuthority());
    received.applied(FeedOutcome.REVIEW, null, now);
    LOG.info(() -> "Feed record " + received.id() + " held for review: " + decision.reason());
  }

  /**
   * The record's outcome, with the local authority it names: both set last, after every query of
   * the apply (each flushes what is pending), so the record is written once.
   */
  private void settle(
      ReceivedRecord received, FeedRecord record, FeedOutcome outcome, Child child, Instant now) {
    received.namesLocalAuthority(record.localAuthority());
    received.applied(outcome, child, now);
    if (outcome != FeedOutcome.MATCHED) {
      audit.record(
          new AuditNote(AuditAction.FEED_RECORD_APPLIED)
              .actor(SourceSystemKey.PRINCIPAL_PREFIX + received.batch().sourceCode())
              .child(child)
              .target("feed-batch", received.batch().batchRef())
              .detail("outcome", outcome.word())
              .detail("record", received.seqNo()),
          AuditOutcome.SUCCESS);
    }
  }
}
