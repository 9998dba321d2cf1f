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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.error.ConflictException;

/**
 * A source system as the go-live gate sees it (rule 10): on trial until the data-quality team
 * approves it, which needs its trial batch settled automatically for at least {@link #GO_LIVE_RATE}
 * of its records. NHS CP-IS sets councils the same bar. It belongs to one local authority section,
 * whose IT administrators hold its keys and whose team approves it, or is national (no section: a
 * health trust serving several authorities), for the national operators.
 */
@Entity
@Table(name = "feed_source")
public class FeedSource {

  public static final double GO_LIVE_RATE = 0.95;

  public enum Status {
    TRIAL,
    LIVE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @Column(name = "source_code", length = 40, nullable = false, unique = true)
  private String sourceCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 10, nullable = false)
  private Status status;

  /** The owning section; none for a national source. */
  @ManyToOne
  @JoinColumn(name = "section_id")
  private LocalAuthoritySection section;

  @OneToOne
  @JoinColumn(name = "trial_batch_id")
  private FeedBatch trialBatch;

  @Column(name = "approved_by", length = 60)
  private String approvedBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Version
  @Column(name = "version")
  private int version;

  protected FeedSource() {}

  /** A new source, on trial, owned by {@code section} (none: a national source). */
  public FeedSource(String sourceCode, LocalAuthoritySection section) {
    if (sourceCode == null || sourceCode.isBlank()) {
      throw new IllegalArgumentException("A source has a code");
    }
    this.sourceCode = sourceCode;
    this.section = section;
    this.status = Status.TRIAL;
  }

  /** Where a new batch goes: applied (live), matched as the trial, or held until approval. */
  public void admit(FeedBatch batch) {
    if (status == Status.LIVE) {
      return;
    }
    if (trialBatch == null) {
      trialBatch = batch;
      batch.makeTrial();
    } else {
      batch.waitForApproval();
    }
  }

  /** The team's approval, given the trial's share of records settled automatically. */
  public void approve(double trialRate, String by, Instant at) {
    if (status == Status.LIVE) {
      throw new ConflictException("This source is live already.");
    }
    if (trialBatch == null || trialBatch.status() != FeedBatch.Status.DONE) {
      throw new ConflictException(
          "This source has no finished trial batch yet: it goes live on its trial's results.");
    }
    if (trialRate < GO_LIVE_RATE) {
      throw new ConflictException(
          String.format(
              java.util.Locale.ROOT,
              "The trial batch settled %.1f %% of its records automatically; a source goes live at %.0f %%. Ask the source to correct its data and send a new trial.",
              trialRate * 100,
              GO_LIVE_RATE * 100));
    }
    status = Status.LIVE;
    approvedBy = by;
    approvedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** After a failed trial the source sends another: its next batch becomes the trial. */
  public void newTrial() {
    if (status == Status.LIVE) {
      throw new ConflictException("This source is live already.");
    }
    trialBatch = null;
  }

  public String sourceCode() {
    return sourceCode;
  }

  /** The owning section; empty for a national source. */
  public Optional<LocalAuthoritySection> section() {
    return Optional.ofNullable(section);
  }

  public Status status() {
    return status;
  }

  public boolean isLive() {
    return status == Status.LIVE;
  }

  public Optional<FeedBatch> trialBatch() {
    return Optional.ofNullable(trialBatch);
  }

  public Optional<String> approvedBy() {
    return Optional.ofNullable(approvedBy);
  }

  public Optional<Instant> approvedAt() {
    return Optional.ofNullable(approvedAt).map(OffsetDateTime::toInstant);
  }

  @Override
  public String toString() {
    return "FeedSource[id="
        + id
        + ", section="
        + (section == null ? "national" : section.id())
        + ", status="
        + status
        + "]";
  }
}
