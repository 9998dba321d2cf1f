package uk.contactpoint.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Name frequencies as the records held give them: a token's share is the number of children with
 * that spelling among their search keys (one index range of {@code child_search_key}) over all
 * children. Counted once a day per name on each node: names do not change their commonness
 * overnight, and matching must not count "SMITH" for every record of a batch.
 */
@ApplicationScoped
public class NameFrequencyCache implements NameFrequencies {

  static final Duration KEPT = Duration.ofDays(1);
  static final int MAX_NAMES = 200_000;

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  private record Counted(double share, Instant at) {}

  private final Map<String, Counted> shares = new ConcurrentHashMap<>();
  private volatile Counted children;

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
    Instant now = Instant.now();
    Counted known = shares.get(token);
    if (known != null && known.at().plus(KEPT).isAfter(now)) {
      return known.share();
    }
    long total = total(now);
    long with = ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT child_id) FROM child_search_key WHERE search_key = ?")
        .setParameter(1, token)
        .getSingleResult()).longValue();
    // A name no one has yet is as rare as one child in the whole register.
    double share = total == 0 ? Double.NaN : Math.max(1, with) / (double) total;
    if (shares.size() > MAX_NAMES) {
      shares.clear();
    }
    shares.put(token, new Counted(share, now));
    return share;
  }

  private long total(Instant now) {
    Counted counted = children;
    if (counted == null || counted.at().plus(KEPT).isBefore(now)) {
      long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM child").getSingleResult()).longValue();
      counted = new Counted(total, now);
      children = counted;
    }
    return (long) counted.share();
  }
}
