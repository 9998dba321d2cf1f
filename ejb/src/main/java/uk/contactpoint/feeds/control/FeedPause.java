package uk.contactpoint.feeds.control;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Logger;
import uk.contactpoint.shared.control.Settings;

/**
 * The crash test's switch (CP_FEED_PAUSE_AFTER; never set in service). A node applies this many
 * records of a batch, committed, then stops in the middle of the next set: half of its records
 * written to the database (children, identifiers, audit entries, the chain's head), none committed.
 * The test kills the server there, so a kill in the middle of a write is proven to lose nothing and
 * apply nothing twice, not only a kill between sets. A batch applied in lanes shares one {@link
 * Budget} of records between them, so the count is the batch's; then every lane holds in the middle
 * of its next set, or waits for a lock a held lane has (a new-child lock bucket they share).
 */
final class FeedPause {

  private static final Logger LOG = Logger.getLogger(FeedPause.class.getName());

  static final long AFTER =
      Settings.get("CP_FEED_PAUSE_AFTER").map(Long::parseLong).orElse(Long.MAX_VALUE);

  /** Records this thread's set writes before it holds; none outside a set run to hold. */
  private static final ThreadLocal<Integer> LEFT_BEFORE_HOLD = new ThreadLocal<>();

  private FeedPause() {}

  /** What is left of a batch's records to apply before its lanes hold. */
  static final class Budget {
    private final AtomicLong left;

    Budget() {
      this(AFTER);
    }

    Budget(long records) {
      this.left = new AtomicLong(records);
    }

    /** How many of the {@code wanted} next records may be applied; 0: hold midway. */
    int take(int wanted) {
      while (true) {
        long now = left.get();
        int granted = (int) Math.min(wanted, now);
        if (left.compareAndSet(now, now - granted)) {
          return granted;
        }
      }
    }
  }

  /** Applies {@code set} (in its own transaction) so that it holds after half of its records. */
  static void holdingMidway(List<Long> set, Consumer<List<Long>> apply) {
    LEFT_BEFORE_HOLD.set(Math.max(1, set.size() / 2));
    try {
      apply.accept(set);
    } finally {
      LEFT_BEFORE_HOLD.remove();
    }
    // A set that wrote fewer records than that (all rejected) holds here, committed.
    forever();
  }

  /** The worker has written (flushed) one more record of its set. */
  static void recordWritten() {
    Integer left = LEFT_BEFORE_HOLD.get();
    if (left == null) {
      return;
    }
    if (left > 1) {
      LEFT_BEFORE_HOLD.set(left - 1);
      return;
    }
    LOG.warning(
        "Feed processing held in the middle of a set, its records written and not committed"
            + " (CP_FEED_PAUSE_AFTER, a test switch)");
    forever();
  }

  private static void forever() {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("paused feed processing interrupted");
    }
  }
}
