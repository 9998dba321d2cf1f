package uk.contactpoint.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.contactpoint.audit.entity.AuditHashes;
import uk.contactpoint.audit.entity.ChainLink;
import uk.contactpoint.audit.entity.ChainSeal;

/**
 * Walks every hash chain of the audit trail and names the first broken link of each. Plain JDBC, so
 * the same code runs in the server (the admin screen and API) and from the command line against the
 * database alone ({@link uk.contactpoint.audit.cli.VerifyAuditTrail}), without trusting the
 * application that wrote the trail.
 *
 * <p>A link is broken when an entry's recomputed hash differs from the stored one (the entry was
 * edited), its predecessor hash differs from the previous entry's hash or a number is missing (an
 * entry was removed or inserted), its detail row hashes differently (the detail was edited), or its
 * detail row is gone without a purge record. The chain's head must match its last entry (entries
 * cut off the end).
 *
 * <p>Entries sealed with the audit key are verified with it; one sealed with a key the verifier was
 * not given cannot be trusted and counts as broken. A verifier given a key also refuses a chain
 * that returns to unkeyed entries after a keyed one, or whose newest entry is unkeyed: the server
 * seals every chain when it starts with a key, so an unkeyed chain has been rewritten by someone
 * without it.
 */
public final class ChainVerifier {

  private static final int FETCH_SIZE = 1_000;

  private final Connection connection;
  private final Clock clock;
  private final java.util.Map<String, ChainSeal> seals;

  /** A verifier of the audit keys it is given (none: only unkeyed entries verify). */
  public ChainVerifier(Connection connection, Clock clock, java.util.Collection<ChainSeal> keys) {
    this.connection = connection;
    this.clock = clock;
    this.seals =
        keys.stream()
            .filter(ChainSeal::isKeyed)
            .collect(
                java.util.stream.Collectors.toMap(
                    ChainSeal::keyId, seal -> seal, (one, same) -> one));
  }

  public VerificationReport verifyAll() throws SQLException {
    Instant started = clock.instant();
    List<VerificationReport.ChainResult> results = new ArrayList<>();
    List<Head> heads = new ArrayList<>();
    try (PreparedStatement chains =
            connection.prepareStatement(
                "SELECT chain_key, last_seq, last_hash, first_seq, anchor_hash FROM audit_chain ORDER BY chain_key");
        ResultSet rs = chains.executeQuery()) {
      while (rs.next()) {
        heads.add(
            new Head(
                rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
      }
    }
    for (Head head : heads) {
      results.add(verify(head));
    }
    return new VerificationReport(started, clock.instant(), results);
  }

  private record Head(
      String key, long lastSeq, String lastHash, long firstSeq, String anchorHash) {}

  private VerificationReport.ChainResult verify(Head head) throws SQLException {
    long expectedSeq = head.firstSeq();
    String expectedPrev = head.anchorHash();
    long checked = 0;
    boolean keyedSeen = false;
    try (PreparedStatement entries =
        connection.prepareStatement(
            "SELECT e.id, e.occurred_at, e.seq, e.prev_hash, e.entry_hash, e.action, e.outcome, e.actor_username,"
                + " e.actor_account_id, e.actor_roles, e.actor_organisation_id, e.actor_section_id, e.child_ref,"
                + " e.subject_section_id, e.subject_shielded, e.target_ref, e.client_address, e.detail_hash,"
                + " d.entry_id, d.content, d.search_surname, p.entry_id, e.seal_key"
                + " FROM audit_entry e"
                + " LEFT JOIN audit_detail d ON d.entry_id = e.id"
                + " LEFT JOIN audit_detail_purge p ON p.entry_id = e.id"
                + " WHERE e.chain_key = ? ORDER BY e.seq, e.id")) {
      entries.setFetchSize(FETCH_SIZE);
      entries.setString(1, head.key());
      try (ResultSet rs = entries.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          ChainLink link =
              new ChainLink(
                  head.key(),
                  rs.getLong(3),
                  rs.getString(4),
                  rs.getObject(2, OffsetDateTime.class).toInstant(),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  (Long) rs.getObject(9, Long.class),
                  rs.getString(10),
                  rs.getObject(11, Long.class),
                  rs.getObject(12, Long.class),
                  rs.getString(13),
                  rs.getObject(14, Long.class),
                  rs.getBoolean(15),
                  rs.getString(16),
                  rs.getString(17),
                  rs.getString(18));
          String storedHash = rs.getString(5);
          if (link.seq() != expectedSeq) {
            return broken(
                head,
                checked,
                link.seq(),
                id,
                link.seq() < expectedSeq
                    ? "entry number " + link.seq() + " appears twice or out of order"
                    : "entries " + expectedSeq + " to " + (link.seq() - 1) + " are missing");
          }
          if (!link.prevHash().equals(expectedPrev)) {
            return broken(
                head,
                checked,
                link.seq(),
                id,
                "does not follow the entry before it (predecessor hash differs)");
          }
          String sealKey = rs.getString(23);
          ChainSeal seal = sealKey == null ? ChainSeal.UNKEYED : seals.get(sealKey);
          if (seal == null) {
            return broken(
                head,
                checked,
                link.seq(),
                id,
                "is sealed with audit key " + sealKey + ", which this verifier was not given");
          }
          if (keyedSeen && !seal.isKeyed() && !seals.isEmpty()) {
            return broken(
                head,
                checked,
                link.seq(),
                id,
                "is not sealed with the audit key, though an entry before it is");
          }
          keyedSeen |= seal.isKeyed();
          if (!link.hash(seal).equals(storedHash)) {
            return broken(
                head,
                checked,
                link.seq(),
                id,
                "was altered (its hash no longer matches its content)");
          }
          boolean hasDetail = rs.getObject(19) != null;
          boolean purged = rs.getObject(22) != null;
          if (link.detailHash() != null) {
            if (hasDetail
                && !AuditHashes.detailHash(rs.getString(20), rs.getString(21))
                    .equals(link.detailHash())) {
              return broken(
                  head,
                  checked,
                  link.seq(),
                  id,
                  "has an altered detail row (its hash no longer matches)");
            }
            if (!hasDetail && !purged) {
              return broken(
                  head,
                  checked,
                  link.seq(),
                  id,
                  "has lost its detail row, and no purge was recorded");
            }
          }
          checked++;
          expectedSeq = link.seq() + 1;
          expectedPrev = storedHash;
        }
      }
    }
    if (expectedSeq - 1 != head.lastSeq() || !expectedPrev.equals(head.lastHash())) {
      return broken(
          head,
          checked,
          expectedSeq,
          null,
          "the chain ends at entry "
              + (expectedSeq - 1)
              + " but its head names entry "
              + head.lastSeq()
              + " (entries removed from the end, or the head altered)");
    }
    if (!seals.isEmpty() && checked > 0 && !keyedSeen) {
      return broken(
          head,
          checked,
          head.lastSeq(),
          null,
          "has no entry sealed with the audit key (written or rewritten without it)");
    }
    return new VerificationReport.ChainResult(head.key(), checked, head.lastSeq(), null);
  }

  private static VerificationReport.ChainResult broken(
      Head head, long checked, long seq, Long entryId, String problem) {
    return new VerificationReport.ChainResult(
        head.key(),
        checked,
        head.lastSeq(),
        new VerificationReport.BrokenLink(
            head.key(),
            seq,
            entryId,
            "Entry "
                + seq
                + (entryId == null ? "" : " (id " + entryId + ")")
                + " of chain "
                + head.key()
                + " "
                + problem));
  }
}
