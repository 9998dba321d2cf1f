package uk.contactpoint.audit.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a walk of the audit chains found: per chain, how many entries held and the first broken
 * link.
 */
public record VerificationReport(Instant startedAt, Instant finishedAt, List<ChainResult> chains)
    implements Serializable {

  /** One chain's result; {@code broken} is null when every link held. */
  public record ChainResult(String chainKey, long entriesVerified, long headSeq, BrokenLink broken)
      implements Serializable {
    public boolean intact() {
      return broken == null;
    }
  }

  /** The first link that does not hold, named for a person to find. */
  public record BrokenLink(String chainKey, long seq, Long entryId, String problem)
      implements Serializable {}

  public boolean intact() {
    return chains.stream().allMatch(ChainResult::intact);
  }

  public long entriesVerified() {
    return chains.stream().mapToLong(ChainResult::entriesVerified).sum();
  }

  public Optional<BrokenLink> firstBroken() {
    return chains.stream().map(ChainResult::broken).filter(b -> b != null).findFirst();
  }

  public List<BrokenLink> brokenLinks() {
    return chains.stream().map(ChainResult::broken).filter(b -> b != null).toList();
  }
}
