package uk.contactpoint.feeds.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import uk.contactpoint.feeds.entity.FeedBatch;

/**
 * The feed's work list, for FeedDispatcher: which batches are still to apply and which of their
 * records have no outcome yet, read from the database each time (never a queue in memory, so a
 * killed server's batches are found again), each in a transaction of its own.
 */
@PermitAll
@Stateless
public class FeedBatchQueue {

  private static final Logger LOG = Logger.getLogger(FeedBatchQueue.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Clock clock;

  /**
   * Marks the batch as being processed and lists its records still without an outcome, in order,
   * each with the source's number for its child (FeedLanes).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<FeedLanes.Queued> start(long batchId) {
    FeedBatch batch = em.find(FeedBatch.class, batchId);
    batch.startProcessing();
    return em.createQuery(
            "SELECT r.id, r.recordRef FROM ReceivedRecord r WHERE r.batch = :batch AND r.outcome IS NULL ORDER BY r.seqNo",
            Object[].class)
        .setParameter("batch", batch)
        .getResultStream()
        .map(row -> new FeedLanes.Queued((Long) row[0], (String) row[1]))
        .toList();
  }

  /** Done when every record has its outcome (a record held for review has one: review). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean finish(long batchId) {
    FeedBatch batch = em.find(FeedBatch.class, batchId);
    long open =
        em.createQuery(
                "SELECT COUNT(r) FROM ReceivedRecord r WHERE r.batch = :batch AND r.outcome IS NULL",
                Long.class)
            .setParameter("batch", batch)
            .getSingleResult();
    if (open == 0 && batch.status() != FeedBatch.Status.DONE) {
      batch.finish(clock.instant());
      LOG.info(
          () ->
              "Feed batch "
                  + batchId
                  + " of "
                  + batch.sourceCode()
                  + " done: "
                  + batch.recordCount()
                  + " records");
    }
    return open == 0;
  }

  /**
   * The unfinished batches, oldest first: at start-up and whenever a node finds one left behind.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> unfinished(Instant receivedBefore) {
    return em.createQuery(
            "SELECT b.id FROM FeedBatch b WHERE b.status IN :open AND b.receivedAt < :before ORDER BY b.receivedAt, b.id",
            Long.class)
        .setParameter("open", List.of(FeedBatch.Status.RECEIVED, FeedBatch.Status.PROCESSING))
        .setParameter(
            "before", java.time.OffsetDateTime.ofInstant(receivedBefore, java.time.ZoneOffset.UTC))
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String sourceOf(long batchId) {
    return em.find(FeedBatch.class, batchId).sourceCode();
  }

  /** A source's batches still to apply, in the order they came. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> unfinishedOf(String source) {
    return em.createQuery(
            "SELECT b.id FROM FeedBatch b WHERE b.sourceCode = :source AND b.status IN :open ORDER BY b.receivedAt, b.id",
            Long.class)
        .setParameter("source", source)
        .setParameter("open", List.of(FeedBatch.Status.RECEIVED, FeedBatch.Status.PROCESSING))
        .getResultList();
  }
}
