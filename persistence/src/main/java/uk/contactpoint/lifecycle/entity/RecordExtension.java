package uk.contactpoint.lifecycle.entity;

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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * A record kept past 18 for a care leaver or a young person with learning difficulties, with the
 * young person's own consent, to an end date no later than their 25th birthday (rule 8).
 */
@Entity
@Table(name = "record_extension")
public class RecordExtension {

  public static final int NOTE_LENGTH = 500;
  public static final int LATEST_AGE = 25;

  public enum Category {
    CARE_LEAVER,
    LEARNING_DIFFICULTIES
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "child_id", nullable = false)
  private Child child;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 30, nullable = false)
  private Category category;

  @Column(name = "consent_note", length = NOTE_LENGTH, nullable = false)
  private String consentNote;

  @Column(name = "recorded_on", nullable = false)
  private LocalDate recordedOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "withdrawn_on")
  private LocalDate withdrawnOn;

  @Column(name = "recorded_by", length = 60, nullable = false)
  private String recordedBy;

  protected RecordExtension() {}

  public RecordExtension(
      Child child,
      Category category,
      String consentNote,
      LocalDate endsOn,
      String by,
      LocalDate today) {
    if (category == null) {
      throw InvalidInputException.invalid(
          "category", "Choose CARE_LEAVER or LEARNING_DIFFICULTIES");
    }
    if (consentNote == null || consentNote.isBlank() || consentNote.length() > NOTE_LENGTH) {
      throw InvalidInputException.invalid(
          "consentNote",
          "Record how the young person gave their consent (at most "
              + NOTE_LENGTH
              + " characters)");
    }
    if (endsOn == null
        || endsOn.isAfter(child.birthDate().plusYears(LATEST_AGE))
        || !endsOn.isAfter(today)) {
      throw InvalidInputException.invalid(
          "endsOn",
          "The end date is after today and no later than the 25th birthday ("
              + child.birthDate().plusYears(LATEST_AGE)
              + ")");
    }
    if (child.isArchived()) {
      throw new ConflictException("This record is archived already.");
    }
    this.child = child;
    this.category = category;
    this.consentNote = consentNote.strip();
    this.endsOn = endsOn;
    this.recordedOn = today;
    this.recordedBy = Objects.requireNonNull(by, "by");
  }

  /** The young person withdrew their consent: the record is archived at the next run. */
  public void withdraw(LocalDate on) {
    if (withdrawnOn != null) {
      throw new ConflictException("The consent was withdrawn already.");
    }
    withdrawnOn = on;
  }

  public boolean isInForceOn(LocalDate day) {
    return withdrawnOn == null && !day.isAfter(endsOn);
  }

  public Child child() {
    return child;
  }

  public Category category() {
    return category;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public Optional<LocalDate> withdrawnOn() {
    return Optional.ofNullable(withdrawnOn);
  }
}
