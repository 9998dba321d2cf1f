package uk.contactpoint.feeds.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import uk.contactpoint.matching.control.MatchBlocking;
import uk.contactpoint.matching.control.MatchCandidates;
import uk.contactpoint.shared.control.PlainSql;

/**
 * Keeps two sources sending the same new child at once from both creating it (DESIGN.md rule 10:
 * one child, one record). Each source's sets are applied on a thread of their own, and a set sees
 * only what other sets have committed: two records about one new child, matched side by side, would
 * each find nothing. A record about to create a child therefore locks, until its transaction ends,
 * the blocks it reads and the blocks its child would be found in (its name keys with its dates of
 * birth, the date swapped too, and in its postcode district; the dates in the district; its
 * identifiers), each hashed to one of {@link #BUCKETS} rows of {@code new_child_lock}. It is then
 * matched again (FeedMatching): a set that created a child in one of those blocks has committed by
 * the time the lock is granted, so the record now finds that child. Two records about one child
 * always share a block (the one would find the other's child through it), hence a lock. Records
 * that link take no lock: the child they find is there already.
 */
@Dependent
public class NewChildLocks {

  /**
   * Rows of new_child_lock: enough that two sets' unrelated blocks rarely share one (a set creating
   * 20 children wants about 400).
   */
  static final int BUCKETS = 1 << 20;

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transaction;

  /**
   * Locks the buckets of these records that this transaction does not hold yet, in ascending order
   * (two sets each locking in that order never wait on each other in a circle); whether any was
   * new, in which case the records must be matched again: they were read before the lock.
   */
  boolean lock(Collection<FeedRecord> records, String source) {
    Set<Integer> held = heldByThisTransaction();
    Set<Integer> wanted = new TreeSet<>();
    records.forEach(record -> wanted.addAll(bucketsOf(record, source)));
    wanted.removeAll(held);
    if (wanted.isEmpty()) {
      return false;
    }
    String sql =
        "SELECT bucket FROM new_child_lock WHERE bucket IN ("
            + String.join(", ", java.util.Collections.nCopies(wanted.size(), "?"))
            + ") ORDER BY bucket FOR UPDATE";
    PlainSql.run(
        em,
        "locking the blocks of new children",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (int bucket : wanted) {
              statement.setInt(i++, bucket);
            }
            try (ResultSet locked = statement.executeQuery()) {
              while (locked.next()) {
                // Each row returned is locked; nothing is read from it.
              }
            }
            return null;
          }
        });
    held.addAll(wanted);
    return true;
  }

  @SuppressWarnings("unchecked")
  private Set<Integer> heldByThisTransaction() {
    Set<Integer> held = (Set<Integer>) transaction.getResource(NewChildLocks.class);
    if (held == null) {
      held = new HashSet<>();
      transaction.putResource(NewChildLocks.class, held);
    }
    return held;
  }

  /**
   * The buckets of the blocks a record's matching reads (MatchBlockReads: a name key with a date of
   * birth, a family name's key in a postcode district, a date of birth in a district; the trusted
   * identifiers) and of those the child it would create is found in (each of its name keys with its
   * date of birth and in its district, its date of birth in its district, its identifiers): blocks
   * as narrow as the reads, so that two sets wait on each other only where a record of the one
   * could find the other's child.
   */
  static Set<Integer> bucketsOf(FeedRecord record, String source) {
    MatchBlocking blocking = MatchBlocking.of(record.person());
    Set<String> keys = new HashSet<>();
    for (LocalDate born : blocking.birthDates()) {
      blocking.nameKeys().forEach(name -> keys.add("name born|" + name + "|" + born));
      if (blocking.district() != null) {
        keys.add("born in|" + born + "|" + blocking.district());
      }
    }
    if (blocking.district() != null) {
      blocking.nameKeys().forEach(name -> keys.add("name in|" + name + "|" + blocking.district()));
    }
    for (MatchCandidates.TrustedId id : FeedMatching.trustedIds(record, source)) {
      if (id.value() != null) {
        keys.add("id|" + id.type() + "|" + id.issuer() + "|" + id.value());
      }
    }
    Set<Integer> buckets = new HashSet<>();
    keys.forEach(key -> buckets.add(Math.floorMod(key.hashCode(), BUCKETS)));
    return buckets;
  }
}
