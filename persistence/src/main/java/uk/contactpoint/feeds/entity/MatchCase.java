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
import java.util.Objects;
import java.util.Optional;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.matching.entity.HoldReason;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.error.ConflictException;

/**
 * A feed record held for the data-quality team: matching could not decide, or the record meets a
 * shielded child (and is then treated as shielded: only that section's team sees the case).
 */
@Entity
@Table(name = "match_case")
public class MatchCase {

  public static final int CANDIDATES_LENGTH = 2_000;

  /**
   * Open until the team links it, creates a new record from it, or (after a wrong link) reopens it.
   */
  public enum Status {
    OPEN,
    LINKED,
    CREATED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "feed_record_id", nullable = false)
  private ReceivedRecord record;

  @ManyToOne(optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private LocalAuthoritySection section;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", length = 30, nullable = false)
  private HoldReason reason;

  @Column(name = "shielded", nullable = false)
  private boolean shielded;

  /** Candidates' record ids and weights, as JSON, as they were when the case opened. */
  @Column(name = "candidates", length = CANDIDATES_LENGTH, nullable = false)
  private String candidates;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 12, nullable = false)
  private Status status;

  @Column(name = "opened_at", nullable = false)
  private OffsetDateTime openedAt;

  @Column(name = "decided_by", length = 60)
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @ManyToOne
  @JoinColumn(name = "child_id")
  private Child child;

  @Version
  @Column(name = "version")
  private int version;

  protected MatchCase() {}

  public MatchCase(
      ReceivedRecord record,
      LocalAuthoritySection section,
      HoldReason reason,
      boolean shielded,
      String candidates,
      Instant at) {
    this.record = Objects.requireNonNull(record, "record");
    this.section = Objects.requireNonNull(section, "section");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.shielded = shielded;
    this.candidates =
        candidates.length() > CANDIDATES_LENGTH
            ? candidates.substring(0, CANDIDATES_LENGTH)
            : candidates;
    this.status = Status.OPEN;
    this.openedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /**
   * The team's decision: the record is this child ({@link Status#LINKED}) or a new one ({@link
   * Status#CREATED}).
   */
  public void decide(Status decision, Child to, String by, Instant at) {
    if (status != Status.OPEN) {
      throw new ConflictException("This case was decided already.");
    }
    if (decision == Status.OPEN) {
      throw new IllegalArgumentException("A decision links or creates");
    }
    this.status = decision;
    this.child = Objects.requireNonNull(to, "to");
    this.decidedBy = Objects.requireNonNull(by, "by");
    this.decidedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** The link the team decided was wrong and undid: the case waits for the right decision. */
  public void reopen() {
    if (status != Status.LINKED) {
      throw new ConflictException("Only a linked case can be reopened.");
    }
    status = Status.OPEN;
    child = null;
    decidedBy = null;
    decidedAt = null;
  }

  public Long id() {
    return id;
  }

  public ReceivedRecord record() {
    return record;
  }

  public LocalAuthoritySection section() {
    return section;
  }

  public HoldReason reason() {
    return reason;
  }

  public boolean isShielded() {
    return shielded;
  }

  public String candidates() {
    return candidates;
  }

  public Status status() {
    return status;
  }

  public Instant openedAt() {
    return openedAt.toInstant();
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Child> child() {
    return Optional.ofNullable(child);
  }
}
