package uk.contactpoint.audit.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import uk.contactpoint.audit.entity.AuditChain;
import uk.contactpoint.audit.entity.AuditEntry;
import uk.contactpoint.audit.entity.ChainLink;
import uk.contactpoint.shared.control.PlainSql;

/**
 * Appends an entry (and its detail) to a chain with plain SQL on the act's own connection, in the
 * act's transaction (rule 4). Every search and record access writes one, so it is the commonest
 * write there is: through EclipseLink's unit of work (a locking find, two persists, a flush, the
 * head's change found by comparing its fields) it cost a search more of the server's time than the
 * search's own query.
 *
 * <p>The head is read under its row lock once per transaction and kept with the transaction: a feed
 * set appends an entry for each of its records under the same lock, and the persistence context is
 * cleared between records, so a locked entity would be read again for each. Written back after
 * every entry, so the head in the database is the newest whatever the transaction does next.
 */
@Dependent
class ChainAppends {

  private static final String LOCK_HEAD =
      "SELECT last_seq, last_hash FROM audit_chain WHERE chain_key = ? FOR UPDATE";
  private static final String INSERT_ENTRY =
      "INSERT INTO audit_entry (id, occurred_at, chain_key, seq, prev_hash, entry_hash, action,"
          + " outcome, actor_username, actor_account_id, actor_roles, actor_organisation_id,"
          + " actor_section_id, child_ref, subject_section_id, subject_shielded, target_ref,"
          + " client_address, detail_hash, seal_key)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_DETAIL =
      "INSERT INTO audit_detail (entry_id, content, search_surname) VALUES (?, ?, ?)";
  private static final String MOVE_HEAD =
      "UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE chain_key = ?";

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transaction;
  @EJB AuditChains chains;
  @Inject AuditEntryIds ids;

  /**
   * Appends the entry {@code entryAfter} makes from the chain's locked head, with its detail if
   * {@code detailContent} is not null.
   */
  void append(
      String chainKey,
      Function<AuditChain, AuditEntry> entryAfter,
      String detailContent,
      String searchSurname) {
    // The act's own changes first, as they were when the entry went through EclipseLink: a write
    // that fails fails here, inside the act, where the audit interceptor records it as failed,
    // not at the commit after it.
    em.flush();
    PlainSql.run(
        em,
        "writing the audit entry",
        connection -> {
          appendOn(connection, chainKey, entryAfter, detailContent, searchSurname);
          return null;
        });
  }

  private void appendOn(
      Connection connection,
      String chainKey,
      Function<AuditChain, AuditEntry> entryAfter,
      String detailContent,
      String searchSurname)
      throws SQLException {
    Map<String, AuditChain> held = heldHeads();
    // Taken out until the head is written back: after a failed statement it is read again.
    AuditChain head = held.remove(chainKey);
    if (head == null) {
      head = lockedHead(connection, chainKey);
    }
    AuditEntry entry = entryAfter.apply(head);
    long id = ids.next(connection);
    insertEntry(connection, id, entry);
    if (detailContent != null) {
      try (PreparedStatement insert = connection.prepareStatement(INSERT_DETAIL)) {
        insert.setLong(1, id);
        insert.setString(2, detailContent);
        insert.setObject(3, searchSurname, Types.VARCHAR);
        insert.executeUpdate();
      }
    }
    try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
      move.setLong(1, head.lastSeq());
      move.setString(2, head.lastHash());
      move.setString(3, chainKey);
      move.executeUpdate();
    }
    held.put(chainKey, head);
  }

  private AuditChain lockedHead(Connection connection, String chainKey) throws SQLException {
    AuditChain head = readLocked(connection, chainKey);
    if (head != null) {
      return head;
    }
    try {
      chains.create(chainKey);
    } catch (EJBException raced) {
      // Another writer created it first: lock theirs.
    }
    head = readLocked(connection, chainKey);
    if (head == null) {
      throw new PersistenceException("the audit chain " + chainKey + " could not be started");
    }
    return head;
  }

  private static AuditChain readLocked(Connection connection, String chainKey) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD)) {
      lock.setString(1, chainKey);
      try (ResultSet row = lock.executeQuery()) {
        return row.next()
            ? AuditChain.lockedHead(chainKey, row.getLong(1), row.getString(2).trim())
            : null;
      }
    }
  }

  private static void insertEntry(Connection connection, long id, AuditEntry entry)
      throws SQLException {
    ChainLink link = entry.link();
    try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTRY)) {
      insert.setLong(1, id);
      insert.setObject(2, utc(link.occurredAt()));
      insert.setString(3, link.chainKey());
      insert.setLong(4, link.seq());
      insert.setString(5, link.prevHash());
      insert.setString(6, entry.entryHash());
      insert.setString(7, link.action());
      insert.setString(8, link.outcome());
      insert.setObject(9, link.actorUsername(), Types.VARCHAR);
      insert.setObject(10, link.actorAccountId(), Types.BIGINT);
      insert.setObject(11, link.actorRoles(), Types.VARCHAR);
      insert.setObject(12, link.actorOrganisationId(), Types.BIGINT);
      insert.setObject(13, link.actorSectionId(), Types.BIGINT);
      insert.setObject(14, link.childRef(), Types.VARCHAR);
      insert.setObject(15, link.subjectSectionId(), Types.BIGINT);
      insert.setBoolean(16, link.subjectShielded());
      insert.setObject(17, link.targetRef(), Types.VARCHAR);
      insert.setObject(18, link.clientAddress(), Types.VARCHAR);
      insert.setObject(19, link.detailHash(), Types.VARCHAR);
      insert.setObject(20, entry.sealKey().orElse(null), Types.VARCHAR);
      insert.executeUpdate();
    }
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** The heads this transaction holds locked, by chain. */
  private Map<String, AuditChain> heldHeads() {
    @SuppressWarnings("unchecked")
    Map<String, AuditChain> held = (Map<String, AuditChain>) transaction.getResource(HELD_HEADS);
    if (held == null) {
      held = new HashMap<>();
      transaction.putResource(HELD_HEADS, held);
    }
    return held;
  }

  /** The key of the transaction's locked heads among its resources. */
  private static final String HELD_HEADS = ChainAppends.class.getName() + ".heads";
}
