package uk.contactpoint.feeds.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs stored batches on the server's managed executor, never on an in-memory queue: what is to be
 * done is the database's rows without an outcome. At start-up, and every minute, a node takes up
 * batches left unfinished (a killed server, a node gone from the cluster). Two nodes on one batch
 * cost time, not correctness: each record's outcome is written with its version checked, so it is
 * applied once.
 */
@PermitAll
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FeedDispatcher {

  private static final Logger LOG = Logger.getLogger(FeedDispatcher.class.getName());

  /** A batch received longer ago than this and not finished is taken up by the sweep. */
  static final Duration LEFT_BEHIND = Duration.ofMinutes(2);

  @Resource ManagedExecutorService executor;
  @Resource TimerService timers;
  @Resource jakarta.transaction.TransactionSynchronizationRegistry transaction;
  @EJB FeedWorker worker;
  @EJB FeedBatchQueue queue;
  @Inject Clock clock;

  /**
   * Records applied in one transaction (FeedWorker.processAll): measured at a million children,
   * per-record transactions spent a disk flush and the same look-ups on every record.
   */
  static final int RECORDS_PER_TRANSACTION = 100;

  /** Sources whose batches this node is applying now. */
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  @PostConstruct
  void takeUpAfterStart() {
    // A few seconds on, when the deployment has started: what a killed server left is finished.
    timers.createSingleActionTimer(5_000, new TimerConfig("feed-resume", false));
  }

  @Timeout
  void resumeAll() {
    queue.unfinished(clock.instant()).forEach(this::submit);
  }

  @Schedule(minute = "*", hour = "*", persistent = false)
  void sweep() {
    queue.unfinished(clock.instant().minus(LEFT_BEHIND)).forEach(this::submit);
  }

  /**
   * Starts the batch once the caller's transaction has committed, so the worker finds what it
   * stored.
   */
  public void submitAfterCommit(long batchId) {
    transaction.registerInterposedSynchronization(
        new jakarta.transaction.Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
              submit(batchId);
            }
          }
        });
  }

  /**
   * Starts the batch's source on the executor unless this node is on it already. A source's batches
   * are applied one after another in the order they came, so a child a batch creates is there for
   * the next batch to link to (run side by side, both would create it); within a batch, records
   * about different children are applied in lanes side by side (FeedLanes).
   */
  public void submit(long batchId) {
    drain(queue.sourceOf(batchId));
  }

  private void drain(String source) {
    if (running.add(source)) {
      executor.submit(
          () -> {
            try {
              for (Long batch = next(source); batch != null; batch = next(source)) {
                run(batch);
              }
            } finally {
              running.remove(source);
            }
            // A batch that came in as this loop ended would wait for the sweep: look once more.
            if (next(source) != null) {
              drain(source);
            }
          });
    }
  }

  private Long next(String source) {
    return queue.unfinishedOf(source).stream().findFirst().orElse(null);
  }

  private void run(long batchId) {
    try {
      List<List<Long>> lanes =
          FeedLanes.of(queue.start(batchId), FeedLanes.LANES, RECORDS_PER_TRANSACTION);
      FeedPause.Budget budget = new FeedPause.Budget();
      if (lanes.size() == 1) {
        applyLane(lanes.get(0), 0, budget);
      } else {
        applySideBySide(lanes, budget);
      }
      if (!queue.finish(batchId)) {
        throw new IllegalStateException("records still without an outcome");
      }
    } catch (RuntimeException stopped) {
      LOG.log(
          Level.WARNING,
          "Feed batch "
              + batchId
              + " stopped; it is taken up again within minutes: "
              + rootCause(stopped));
      throw stopped;
    }
  }

  /**
   * The lanes on this thread and on the executor's: whichever thread is free takes the next lane
   * not yet taken, and this one waits only for lanes another thread has taken, so a batch never
   * waits for a thread the executor has not got (its other threads may all be applying other
   * sources).
   */
  private void applySideBySide(List<List<Long>> lanes, FeedPause.Budget budget) {
    AtomicInteger nextLane = new AtomicInteger();
    CountDownLatch allApplied = new CountDownLatch(lanes.size());
    Queue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
    Runnable takeLanes =
        () -> {
          for (int lane = nextLane.getAndIncrement();
              lane < lanes.size();
              lane = nextLane.getAndIncrement()) {
            try {
              applyLane(lanes.get(lane), lane, budget);
            } catch (RuntimeException stopped) {
              failures.add(stopped);
            } finally {
              allApplied.countDown();
            }
          }
        };
    for (int helper = 1; helper < lanes.size(); helper++) {
      executor.submit(takeLanes);
    }
    takeLanes.run();
    try {
      allApplied.await();
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("feed batch interrupted", stopping);
    }
    if (!failures.isEmpty()) {
      throw failures.peek();
    }
  }

  /** A lane's records, a set at a time in their order. */
  private void applyLane(List<Long> records, int lane, FeedPause.Budget budget) {
    for (int from = 0; from < records.size(); ) {
      int wanted = Math.min(RECORDS_PER_TRANSACTION, records.size() - from);
      int granted = budget.take(wanted);
      if (granted == 0) {
        FeedPause.holdingMidway(
            records.subList(from, from + wanted),
            set -> worker.processAll(new ArrayList<>(set), lane));
      }
      applyAll(records.subList(from, from + granted), lane);
      from += granted;
    }
  }

  /**
   * Records together in one transaction, and once more together if that fails: the first failure is
   * most often a race with another source's set on the same child, settled once that set has
   * committed, and one at a time costs a transaction per record. If the set fails again, one at a
   * time, so only a bad record is rejected.
   */
  private void applyAll(List<Long> records, int lane) {
    for (int attempt = 1; records.size() > 1 && attempt <= 2; attempt++) {
      try {
        worker.processAll(new ArrayList<>(records), lane);
        return;
      } catch (NotApplied | EJBException failed) {
        LOG.log(
            Level.FINE,
            "Feed records "
                + records.get(0)
                + "–"
                + records.get(records.size() - 1)
                + " rolled back together ("
                + kindOf(failed)
                + (attempt == 1
                    ? "); trying them together again"
                    : "); applying them one at a time"));
      }
    }
    for (Long recordId : records) {
      applyAlone(recordId, lane);
    }
  }

  /**
   * One record in a transaction of its own, and once more if that fails: the first failure may be a
   * race with another source's set on the same child (its version moved on, or it was given the
   * same NHS number first), settled once that set has committed. A record that fails twice is
   * rejected; the log names it by id only, never its content.
   */
  private void applyAlone(long recordId, int lane) {
    for (int attempt = 1; ; attempt++) {
      try {
        worker.process(recordId, lane);
        return;
      } catch (NotApplied | EJBException failed) {
        if (attempt == 1) {
          LOG.log(
              Level.FINE,
              "Feed record " + recordId + " failed once (" + kindOf(failed) + "); trying it again");
          continue;
        }
        LOG.log(
            Level.WARNING, "Feed record " + recordId + " could not be applied: " + kindOf(failed));
        worker.rejectAfterFailure(
            recordId,
            "record: could not be applied; ContactPoint's operators have the reference "
                + recordId);
        return;
      }
    }
  }

  private static String kindOf(RuntimeException failure) {
    return failure instanceof NotApplied refused ? refused.getMessage() : rootCause(failure);
  }

  private static String rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName();
  }
}
