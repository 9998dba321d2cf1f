package uk.contactpoint.feeds.boundary;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.SourceSystemKey;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.feeds.control.FeedDispatcher;
import uk.contactpoint.feeds.entity.FeedBatch;
import uk.contactpoint.feeds.entity.FeedOutcome;
import uk.contactpoint.feeds.entity.FeedSource;
import uk.contactpoint.feeds.entity.ReceivedRecord;
import uk.contactpoint.shared.entity.StorableText;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.ForbiddenException;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;
import uk.contactpoint.shared.error.TooLargeException;

/**
 * The feed API of source systems (../shared/API.md, "Feeds"): a batch is stored as received, in one
 * transaction, and processed after it commits; its report says what became of each record. A source
 * reaches only its own batches.
 */
@Stateless
@RolesAllowed(Role.SOURCE_SYSTEM_NAME)
public class Feeds {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject AuditNotes audit;
  @EJB FeedDispatcher dispatcher;

  /** Records per page of a batch report when the source names none, and at most. */
  public static final int REPORT_PAGE_SIZE = 1_000;

  /**
   * What a batch looks like from outside. {@code trial}: the source's go-live trial, matched but
   * not applied. {@code results}: one page of the records' outcomes, in the order they were sent;
   * {@code total} records in the batch.
   */
  public record BatchReport(
      String batchId,
      String status,
      boolean trial,
      Map<String, Integer> counts,
      List<RecordResult> results,
      int page,
      int size,
      int total) {}

  public record RecordResult(
      String recordId, String outcome, String childId, List<String> errors) {}

  /**
   * Stores the batch; the same id with the same records is answered as before, with other records
   * it is a conflict. Each element of {@code records} is one record's JSON text.
   */
  @Audited(AuditAction.FEED_BATCH_RECEIVED)
  public BatchReport receive(String source, String batchId, List<String> records) {
    requireOwnSource(source);
    if (uk.contactpoint.shared.control.TrainingMode.isOn()) {
      // A training server holds synthetic children only: a real system's records never enter it.
      throw new ConflictException(
          "This ContactPoint runs in training mode and takes no source-system feeds.");
    }
    if (batchId == null || !batchId.matches(FeedBatch.REF_PATTERN)) {
      throw InvalidInputException.invalid(
          "batchId", "must be 1 to " + FeedBatch.REF_LENGTH + " letters, digits or . _ -");
    }
    if (records == null || records.isEmpty()) {
      throw InvalidInputException.invalid("records", "must hold at least one record");
    }
    if (records.size() > FeedBatch.MAX_RECORDS) {
      throw new TooLargeException(
          "A batch holds at most "
              + FeedBatch.MAX_RECORDS
              + " records; this one has "
              + records.size()
              + ". Send it as several batches.");
    }
    audit.current().target("feed-batch", source + "/" + batchId).detail("records", records.size());
    String hash = digest(records);
    Optional<FeedBatch> earlier = batch(source, batchId);
    if (earlier.isPresent()) {
      if (!earlier.get().sameContentAs(hash)) {
        throw new ConflictException(
            "Batch "
                + batchId
                + " was received before with other records. Send new records under a new batch id.");
      }
      return report(earlier.get(), null);
    }
    FeedBatch batch = new FeedBatch(source, batchId, hash, records.size(), clock.instant());
    em.persist(batch);
    sourceOf(source).admit(batch);
    for (int i = 0; i < records.size(); i++) {
      String content = records.get(i);
      ReceivedRecord received =
          new ReceivedRecord(batch, i, recordIdOf(content), tooLong(content) ? "{}" : content);
      if (tooLong(content)) {
        received.rejected(
            List.of("record: is longer than " + ReceivedRecord.CONTENT_LENGTH + " characters"),
            clock.instant());
      }
      em.persist(received);
    }
    em.flush();
    if (batch.status() == FeedBatch.Status.WAITING) {
      return report(batch, null);
    }
    dispatcher.submitAfterCommit(batch.id());
    return report(batch, null);
  }

  /**
   * The batch's status, its counts and one page of its records' outcomes: a batch holds up to
   * 10,000 records, and a source follows them a page at a time ({@code page} from 1; {@code size}
   * up to {@link #REPORT_PAGE_SIZE}, which is also what a source that names none gets).
   */
  public BatchReport report(String source, String batchId, Integer page, Integer size) {
    requireOwnSource(source);
    ReportPage wanted = ReportPage.of(page, size, REPORT_PAGE_SIZE);
    return report(
        batch(source, batchId).orElseThrow(() -> new NotFoundException("The batch")), wanted);
  }

  /**
   * Counted in the database and read as columns: a batch holds up to 10,000 records, and loading
   * each as an entity (its content, its child, the child's school and GP) made a source's report
   * compete with its own batch.
   */
  private BatchReport report(FeedBatch batch, ReportPage page) {
    Map<FeedOutcome, Integer> counts = new EnumMap<>(FeedOutcome.class);
    for (FeedOutcome outcome : FeedOutcome.values()) {
      counts.put(outcome, 0);
    }
    em.createQuery(
            "SELECT r.outcome, COUNT(r) FROM ReceivedRecord r WHERE r.batch = :batch AND r.outcome IS NOT NULL GROUP BY r.outcome",
            Object[].class)
        .setParameter("batch", batch)
        .getResultList()
        .forEach(row -> counts.put((FeedOutcome) row[0], ((Number) row[1]).intValue()));
    Map<String, Integer> byWord = new java.util.LinkedHashMap<>();
    counts.forEach((outcome, n) -> byWord.put(outcome.word(), n));
    // A record's position in its batch is its sequence number, 0 to n - 1: a page is a range of
    // the batch's unique (batch, seq_no) index, not an offset counted through the rows before it.
    List<RecordResult> results =
        page == null
            ? List.of()
            : em
                .createQuery(
                    "SELECT r.recordRef, r.outcome, c.publicId, r.errors FROM ReceivedRecord r LEFT JOIN r.child c WHERE r.batch = :batch"
                        + " AND r.seqNo >= :from AND r.seqNo < :to ORDER BY r.seqNo",
                    Object[].class)
                .setParameter("batch", batch)
                .setParameter("from", page.from())
                .setParameter("to", page.to())
                .getResultList()
                .stream()
                .map(Feeds::resultOf)
                .toList();
    return new BatchReport(
        batch.batchRef(),
        batch.status().name().toLowerCase(java.util.Locale.ROOT),
        batch.isTrial(),
        byWord,
        results,
        page == null ? 0 : page.number(),
        page == null ? 0 : page.size(),
        batch.recordCount());
  }

  /** A record's line of the report: a held or rejected record names no child. */
  private static RecordResult resultOf(Object[] row) {
    FeedOutcome outcome = (FeedOutcome) row[1];
    String child =
        outcome == null || outcome == FeedOutcome.REVIEW || outcome == FeedOutcome.REJECTED
            ? null
            : (String) row[2];
    List<String> errors = ReceivedRecord.errorsOf((String) row[3]);
    return new RecordResult(
        (String) row[0],
        outcome == null ? "pending" : outcome.word(),
        child,
        errors.isEmpty() ? null : errors);
  }

  /** A source gets its gate with its key; one from before the gate gets it with its first batch. */
  private FeedSource sourceOf(String code) {
    return em.createQuery("SELECT s FROM FeedSource s WHERE s.sourceCode = :code", FeedSource.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              // A key from before sources had owners: national, as the migration left the others.
              FeedSource made = new FeedSource(code, null);
              em.persist(made);
              return made;
            });
  }

  private Optional<FeedBatch> batch(String source, String batchId) {
    return em.createQuery(
            "SELECT b FROM FeedBatch b WHERE b.sourceCode = :source AND b.batchRef = :ref",
            FeedBatch.class)
        .setParameter("source", source)
        .setParameter("ref", batchId == null ? "" : batchId)
        .getResultStream()
        .findFirst();
  }

  private void requireOwnSource(String source) {
    String me = caller.getCallerPrincipal().getName();
    if (!me.equals(SourceSystemKey.PRINCIPAL_PREFIX + source)) {
      throw new ForbiddenException("A source's key reaches its own feed only.");
    }
  }

  private static boolean tooLong(String content) {
    return content.length() > ReceivedRecord.CONTENT_LENGTH;
  }

  /**
   * The source's own id of the record, for the report; the record itself is read when it is
   * applied.
   */
  private static String recordIdOf(String content) {
    try (JsonReader reader = JSON.createReader(new StringReader(content))) {
      JsonObject object = reader.readObject();
      // An id that cannot be stored (a NUL in it) is not kept: the record is rejected, naming it,
      // when applied.
      return object.get("recordId") instanceof JsonString id
              && StorableText.isStorable(id.getString())
          ? id.getString()
          : null;
    } catch (RuntimeException notAnObject) {
      // Parsson's depth limit throws a bare RuntimeException; the record is rejected when applied.
      return null;
    }
  }

  private static String digest(List<String> records) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String record : records) {
        sha.update(record.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
