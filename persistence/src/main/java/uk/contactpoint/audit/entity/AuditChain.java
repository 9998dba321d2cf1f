package uk.contactpoint.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of one hash chain: its last entry's number and hash. Writers lock this row, so the
 * entries of a chain are numbered without gaps and each names its predecessor. One chain per
 * section (and one national, and a few for source systems) keeps writers of different sections
 * apart.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChain {

  public static final String NATIONAL = "NATIONAL";

  /**
   * Events written in their own transaction (failures, denials) go to a separate chain: see
   * AuditTrail.
   */
  public static final String SEPARATE_PREFIX = "F-";

  @Id
  @Column(name = "chain_key", length = 40)
  private String key;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  @Column(name = "first_seq", nullable = false)
  private long firstSeq;

  @Column(name = "anchor_hash", nullable = false, length = 64)
  private String anchorHash;

  protected AuditChain() {}

  public AuditChain(String key) {
    this.key = key;
    this.lastSeq = 0;
    this.lastHash = AuditHashes.GENESIS;
    this.firstSeq = 1;
    this.anchorHash = AuditHashes.GENESIS;
  }

  /**
   * The head as a writer read it under its row lock, to append entries with plain SQL and then
   * write the head back itself (see AuditTrail): never persisted, so the chain's first entry and
   * anchor, which appends do not touch, are not read.
   */
  public static AuditChain lockedHead(String key, long lastSeq, String lastHash) {
    AuditChain head = new AuditChain(key);
    head.lastSeq = lastSeq;
    head.lastHash = lastHash;
    return head;
  }

  /** Chains for source systems' entries: {@link #forSource}. */
  static final int SOURCE_CHAINS = 256;

  public static String forSection(Long sectionId) {
    return sectionId == null ? NATIONAL : "S" + sectionId;
  }

  /**
   * A feed's entries go to a chain picked by its source's name and its lane (one of {@value
   * #SOURCE_CHAINS}), not the national one: a feed applies many records in one transaction and
   * holds its chain's lock until it commits, and sources applied side by side, a batch's other
   * lanes, or a national officer, would wait for it. Lane 0 is the source's own chain, lane 1 the
   * next. The name's hash is mixed first: names that differ in their last letter ("…-1", "…-2", as
   * a council numbers its systems) have hashes one apart, and one source's lane 1 was the next
   * source's lane 0, so the two sources took turns at one lock.
   */
  public static String forSource(String actor, int lane) {
    return "SRC-" + Math.floorMod(mixed(actor.hashCode()) + lane, SOURCE_CHAINS);
  }

  /** MurmurHash3's finaliser: every bit of the name's hash moves every bit of the chain's. */
  private static int mixed(int hash) {
    int h = hash ^ (hash >>> 16);
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /**
   * The transaction resource (TransactionSynchronizationRegistry) under which a writer applying a
   * source's records names its lane, an Integer; a transaction without it writes to lane 0's chain.
   */
  public static final String SOURCE_LANE = "uk.contactpoint.audit.sourceLane";

  /** Moves the head past a new entry; the entry computed its hash from {@link #lastHash()}. */
  void advance(long seq, String hash) {
    if (seq != lastSeq + 1) {
      throw new IllegalStateException(
          "chain " + key + " expected entry " + (lastSeq + 1) + " but got " + seq);
    }
    this.lastSeq = seq;
    this.lastHash = hash;
  }

  public String key() {
    return key;
  }

  public long lastSeq() {
    return lastSeq;
  }

  public String lastHash() {
    return lastHash;
  }

  public long firstSeq() {
    return firstSeq;
  }

  public String anchorHash() {
    return anchorHash;
  }
}
