package uk.contactpoint.feeds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.contactpoint.child.entity.Child;

/**
 * One record of a batch, as the source sent it, and then its outcome. The outcome is written in the
 * same transaction that applies the record, so a record has an outcome exactly when it has been
 * applied; the version stops a second node applying it again.
 */
@Entity
@Table(name = "feed_record")
public class ReceivedRecord {

  public static final int CONTENT_LENGTH = 16_000;
  public static final int REF_LENGTH = 100;
  public static final int ERRORS_LENGTH = 4_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "batch_id", nullable = false)
  private FeedBatch batch;

  @Column(name = "seq_no", nullable = false)
  private int seqNo;

  @Column(name = "record_ref", length = REF_LENGTH)
  private String recordRef;

  @Column(name = "content", length = CONTENT_LENGTH, nullable = false)
  private String content;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 10)
  private FeedOutcome outcome;

  @ManyToOne
  @JoinColumn(name = "child_id")
  private Child child;

  @Column(name = "errors", length = ERRORS_LENGTH)
  private String errors;

  /** How a linked record found its child: SOURCE_ID, NHS_NUMBER, UPN or WEIGHTS. */
  @Column(name = "matched_by", length = 12)
  private String matchedBy;

  /**
   * The local authority the record names, when it could be read: its section's dashboard counts it.
   */
  @Column(name = "la_code", length = 9)
  private String localAuthority;

  @Column(name = "processed_at")
  private OffsetDateTime processedAt;

  @Version
  @Column(name = "version")
  private int version;

  protected ReceivedRecord() {}

  public ReceivedRecord(FeedBatch batch, int seqNo, String recordRef, String content) {
    this.batch = Objects.requireNonNull(batch, "batch");
    this.seqNo = seqNo;
    this.recordRef = recordRef == null || recordRef.length() > REF_LENGTH ? null : recordRef;
    this.content = Objects.requireNonNull(content, "content");
  }

  public void applied(FeedOutcome result, Child to, Instant at) {
    settle(result, to, null, at);
  }

  /**
   * Kept as named, valid or not: a rejected record still counts against its local authority's
   * source rates.
   */
  public void namesLocalAuthority(String code) {
    this.localAuthority = code == null || code.length() > 9 ? null : code;
  }

  public void matchedBy(String how) {
    this.matchedBy = how;
  }

  public Optional<String> matchedBy() {
    return Optional.ofNullable(matchedBy);
  }

  /**
   * A trial's would-be outcome is cleared when its source goes live and the batch is applied for
   * real.
   */
  public void clearTrialOutcome() {
    outcome = null;
    child = null;
    errors = null;
    matchedBy = null;
    processedAt = null;
  }

  /**
   * The link this record made was undone: it waits in the data-quality queue again, linked to no
   * one.
   */
  public void reopenForReview(Instant at) {
    if (outcome != FeedOutcome.MATCHED && outcome != FeedOutcome.UPDATED) {
      throw new IllegalStateException("Feed record " + id + " was not linked");
    }
    outcome = FeedOutcome.REVIEW;
    child = null;
    matchedBy = null;
    processedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** Errors are "field: message" lines, as the API reports them. */
  public void rejected(List<String> reasons, Instant at) {
    String joined = String.join("\n", reasons);
    settle(
        FeedOutcome.REJECTED,
        null,
        joined.length() > ERRORS_LENGTH ? joined.substring(0, ERRORS_LENGTH) : joined,
        at);
  }

  private void settle(FeedOutcome result, Child to, String why, Instant at) {
    if (outcome != null && outcome != FeedOutcome.REVIEW) {
      throw new IllegalStateException("Feed record " + id + " already has its outcome");
    }
    this.outcome = Objects.requireNonNull(result, "result");
    this.child = to;
    this.errors = why;
    this.processedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public FeedBatch batch() {
    return batch;
  }

  public int seqNo() {
    return seqNo;
  }

  public Optional<String> recordRef() {
    return Optional.ofNullable(recordRef);
  }

  public String content() {
    return content;
  }

  public Optional<FeedOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<Child> child() {
    return Optional.ofNullable(child);
  }

  public List<String> errors() {
    return errorsOf(errors);
  }

  /** The reasons as the {@code errors} column holds them, one per line. */
  public static List<String> errorsOf(String column) {
    return column == null ? List.of() : List.of(column.split("\n"));
  }
}
