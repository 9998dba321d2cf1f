package uk.contactpoint.feeds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One batch a source system sent, as received: its id in the source's own numbering, a digest of
 * its records (so the same batch sent again changes nothing and a different one under the same id
 * is a conflict) and how far processing has come.
 */
@Entity
@Table(name = "feed_batch")
public class FeedBatch {

  public static final int REF_LENGTH = 64;

  /** A batch id the source chooses: letters, digits, dot, dash and underscore. */
  public static final String REF_PATTERN = "[A-Za-z0-9._-]{1," + REF_LENGTH + "}";

  public static final int MAX_RECORDS = 10_000;

  /** Where a batch is: stored, being applied, or every record has its outcome. */
  public enum Status {
    /** A new source's batch, stored until the source is approved. */
    WAITING,
    RECEIVED,
    PROCESSING,
    DONE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @Column(name = "source_code", length = 40, nullable = false)
  private String sourceCode;

  @Column(name = "batch_ref", length = REF_LENGTH, nullable = false)
  private String batchRef;

  @Column(name = "content_hash", length = 64, nullable = false)
  private String contentHash;

  @Column(name = "record_count", nullable = false)
  private int recordCount;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 12, nullable = false)
  private Status status;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  /** Matched but not applied: a new source's first batch, whose results decide its approval. */
  @Column(name = "trial", nullable = false)
  private boolean trial;

  @Version
  @Column(name = "version")
  private int version;

  protected FeedBatch() {}

  public FeedBatch(
      String sourceCode, String batchRef, String contentHash, int recordCount, Instant receivedAt) {
    this.sourceCode = Objects.requireNonNull(sourceCode, "sourceCode");
    this.batchRef = Objects.requireNonNull(batchRef, "batchRef");
    this.contentHash = Objects.requireNonNull(contentHash, "contentHash");
    this.recordCount = recordCount;
    this.status = Status.RECEIVED;
    this.receivedAt = OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
  }

  /** The same batch id again: the same records change nothing, other records are a conflict. */
  public boolean sameContentAs(String otherHash) {
    return contentHash.equals(otherHash);
  }

  void makeTrial() {
    trial = true;
  }

  void waitForApproval() {
    status = Status.WAITING;
  }

  /** The source went live: a waiting batch, or the trial itself, is applied for real. */
  public void release() {
    trial = false;
    status = Status.RECEIVED;
    finishedAt = null;
  }

  public boolean isTrial() {
    return trial;
  }

  public void startProcessing() {
    if (status == Status.RECEIVED) {
      status = Status.PROCESSING;
    }
  }

  public void finish(Instant at) {
    status = Status.DONE;
    finishedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public String sourceCode() {
    return sourceCode;
  }

  public String batchRef() {
    return batchRef;
  }

  public int recordCount() {
    return recordCount;
  }

  public Status status() {
    return status;
  }

  public Instant receivedAt() {
    return receivedAt.toInstant();
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt).map(OffsetDateTime::toInstant);
  }
}
