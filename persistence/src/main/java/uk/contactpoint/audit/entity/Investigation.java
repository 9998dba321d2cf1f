package uk.contactpoint.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.InvalidInputException;

/** A reviewer's look into one user's use of ContactPoint, from opening to its outcome. */
@Entity
@Table(name = "investigation")
public class Investigation {

  public static final int NOTE_LENGTH = 2000;

  /** How it ended. */
  public enum Outcome {
    NO_CONCERN,
    ADVICE_GIVEN,
    MISUSE_CONFIRMED,
    REFERRED_TO_EMPLOYER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @Column(name = "subject_username", nullable = false, length = 60)
  private String subjectUsername;

  @Column(name = "section_id")
  private Long sectionId;

  @Column(name = "opened_by", nullable = false, length = 60)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private OffsetDateTime openedAt;

  @Column(name = "account_suspended_at")
  private OffsetDateTime accountSuspendedAt;

  @Column(name = "manager_notified_at")
  private OffsetDateTime managerNotifiedAt;

  @Column(name = "closed_by", length = 60)
  private String closedBy;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 30)
  private Outcome outcome;

  @Column(name = "outcome_note", length = NOTE_LENGTH)
  private String outcomeNote;

  protected Investigation() {}

  public Investigation(String subjectUsername, Long sectionId, String openedBy, Instant openedAt) {
    this.subjectUsername = Objects.requireNonNull(subjectUsername, "subjectUsername");
    this.sectionId = sectionId;
    this.openedBy = Objects.requireNonNull(openedBy, "openedBy");
    this.openedAt = utc(openedAt);
  }

  public void accountSuspended(Instant at) {
    requireOpen();
    accountSuspendedAt = utc(at);
  }

  public void managerNotified(Instant at) {
    requireOpen();
    managerNotifiedAt = utc(at);
  }

  public void close(String by, Instant at, Outcome how, String note) {
    requireOpen();
    if (how == null) {
      throw InvalidInputException.invalid("outcome", "Choose the outcome of the investigation");
    }
    if (note == null || note.isBlank()) {
      throw InvalidInputException.invalid("note", "Say in a few words what was found and done");
    }
    if (note.length() > NOTE_LENGTH) {
      throw InvalidInputException.invalid("note", "Write at most " + NOTE_LENGTH + " characters");
    }
    closedBy = by;
    closedAt = utc(at);
    outcome = how;
    outcomeNote = note;
  }

  private void requireOpen() {
    if (closedAt != null) {
      throw new ConflictException("This investigation is closed");
    }
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  public Long id() {
    return id;
  }

  public String subjectUsername() {
    return subjectUsername;
  }

  public Long sectionId() {
    return sectionId;
  }

  public String openedBy() {
    return openedBy;
  }

  public Instant openedAt() {
    return instant(openedAt);
  }

  public Instant accountSuspendedAt() {
    return instant(accountSuspendedAt);
  }

  public Instant managerNotifiedAt() {
    return instant(managerNotifiedAt);
  }

  public String closedBy() {
    return closedBy;
  }

  public Instant closedAt() {
    return instant(closedAt);
  }

  public Outcome outcome() {
    return outcome;
  }

  public String outcomeNote() {
    return outcomeNote;
  }
}
