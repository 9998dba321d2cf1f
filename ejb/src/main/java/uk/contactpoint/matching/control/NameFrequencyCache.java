package uk.contactpoint.matching.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Name frequencies as the records held give them: a token's share is the number of children with
 * that spelling among their search keys (one index range of {@code child_search_key}) over all
 * children. Counted once a day per name on each node: names do not change their commonness
 * overnight, and matching must not count "SMITH" for every record of a batch. But a register that
 * is filling — the first loads of a local authority going live — changes in minutes: there the
 * number of children is counted again every few seconds, and a name counted when the register was
 * markedly smaller is counted again ({@link #outgrown}), so the first sources' records are not
 * weighed against the frequencies of an empty register.
 *
 * <p>A register past filling is counted whole instead ({@link Census}): one statement a day for
 * every name, where a name at a time was a statement for each name a node met that day — at a
 * million children, tens of thousands of index ranges read by the first feed after a restart. The
 * census is taken in the background (seconds at a million children): until the first is in, names
 * are counted one at a time as before, and a day-old census serves while the next is taken.
 */
@ApplicationScoped
public class NameFrequencyCache implements NameFrequencies {

  static final Duration KEPT = Duration.ofDays(1);
  static final int MAX_NAMES = 200_000;

  /**
   * Below this many children the register is taken to be filling (a local authority's first loads),
   * and its children counted every few seconds: a count of that many rows takes milliseconds, and a
   * first load adds thousands of children a minute.
   */
  static final long FILLING = 200_000;

  static final Duration FILLING_KEPT = Duration.ofSeconds(5);

  /**
   * After a failed census, names are counted one at a time for this long before it is tried again.
   */
  static final Duration RETRY = Duration.ofMinutes(5);

  private static final Logger LOG = Logger.getLogger(NameFrequencyCache.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /** The service's one clock (Clocks), as every rule of the service reads the time. */
  @Inject Clock clock;

  /** A share counted at {@code at}, when the register held {@code outOf} children. */
  private record Counted(double share, long outOf, Instant at) {}

  /** The register's shared names (NameCensus), counted when it held {@code outOf} children. */
  private record Census(Map<String, Long> shared, long outOf, Instant at) {}

  @Inject NameCensus names;

  private final Map<String, Counted> shares = new ConcurrentHashMap<>();
  private volatile Counted children;
  private volatile Census census;
  private final AtomicBoolean censusUnderWay = new AtomicBoolean();
  private volatile Instant censusFailedAt = Instant.MIN;

  @Resource ManagedExecutorService executor;

  /** A name of several tokens (a double-barrelled surname) takes its rarest. */
  @Override
  public double share(String name) {
    double share = 1;
    for (String token : name.split(" ")) {
      if (!token.isEmpty()) {
        share = Math.min(share, tokenShare(token));
      }
    }
    return share;
  }

  private double tokenShare(String token) {
    Instant now = clock.instant();
    long total = total(now);
    Census taken = total >= FILLING ? census(now, total) : null;
    if (taken != null) {
      return NameCensus.share(taken.shared(), token, total);
    }
    Counted known = shares.get(token);
    if (known != null && known.at().plus(KEPT).isAfter(now) && !outgrown(known.outOf(), total)) {
      return known.share();
    }
    long with =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(DISTINCT child_id) FROM child_search_key WHERE search_key = ?")
                    .setParameter(1, token)
                    .getSingleResult())
            .longValue();
    double share = total == 0 ? Double.NaN : NameCensus.share(with, total);
    if (shares.size() > MAX_NAMES) {
      shares.clear();
    }
    shares.put(token, new Counted(share, total, now));
    return share;
  }

  /**
   * A count made when the register held {@code countedOutOf} children no longer holds at {@code
   * total}: a tenth more, or a hundred.
   */
  static boolean outgrown(long countedOutOf, long total) {
    return total > countedOutOf + Math.max(100, countedOutOf / 10);
  }

  /**
   * The census to weigh names by, or null to count them one at a time: a census a day old still
   * serves while the next is taken, one grown out of date by the register's growth does not.
   */
  private Census census(Instant now, long total) {
    Census taken = census;
    boolean usable = taken != null && !outgrown(taken.outOf(), total);
    if ((!usable || !taken.at().plus(KEPT).isAfter(now))
        && censusFailedAt.plus(RETRY).isBefore(now)) {
      takeCensus(total, now);
    }
    return usable ? taken : null;
  }

  /** One census at a time, on the managed executor: no request waits for it. */
  private void takeCensus(long total, Instant now) {
    if (!censusUnderWay.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            try {
              census = new Census(names.sharedNames(), total, now);
            } catch (RuntimeException failed) {
              censusFailedAt = clock.instant();
              LOG.log(
                  Level.WARNING,
                  "The names' census failed; names are counted one at a time",
                  failed);
            } finally {
              censusUnderWay.set(false);
            }
          });
    } catch (RuntimeException refused) {
      censusUnderWay.set(false);
      censusFailedAt = now;
    }
  }

  private long total(Instant now) {
    Counted counted = children;
    if (counted == null
        || counted.at().plus(counted.outOf() < FILLING ? FILLING_KEPT : KEPT).isBefore(now)) {
      long total =
          ((Number) em.createNativeQuery("SELECT COUNT(*) FROM child").getSingleResult())
              .longValue();
      counted = new Counted(total, total, now);
      children = counted;
    }
    return counted.outOf();
  }
}
