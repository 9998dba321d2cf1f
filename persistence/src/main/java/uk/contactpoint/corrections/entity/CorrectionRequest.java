package uk.contactpoint.corrections.entity;

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
import java.util.Optional;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * A request to correct a record, or a complaint, in a section's register: recorded, assigned,
 * resolved with the change made or a refusal and its reason, within one month (rule 11).
 */
@Entity
@Table(name = "correction_request")
public class CorrectionRequest {

  public static final int TEXT_LENGTH = 1000;

  public enum Kind {
    CORRECTION,
    COMPLAINT
  }

  /** How it ended: the record changed, a refusal, or (a complaint) upheld or not. */
  public enum Outcome {
    CHANGED,
    REFUSED,
    UPHELD,
    NOT_UPHELD;

    boolean needsReason() {
      return this == REFUSED || this == NOT_UPHELD;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 12, nullable = false)
  private Kind kind;

  @ManyToOne
  @JoinColumn(name = "child_id")
  private Child child;

  @ManyToOne(optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private LocalAuthoritySection section;

  @Column(name = "what", length = TEXT_LENGTH, nullable = false)
  private String what;

  @Column(name = "requester", length = 200, nullable = false)
  private String requester;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "assigned_to", length = 60)
  private String assignedTo;

  @Column(name = "resolved_on")
  private LocalDate resolvedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 12)
  private Outcome outcome;

  @Column(name = "outcome_reason", length = TEXT_LENGTH)
  private String outcomeReason;

  @Column(name = "recorded_by", length = 60, nullable = false)
  private String recordedBy;

  protected CorrectionRequest() {}

  public CorrectionRequest(
      Kind kind,
      Child child,
      LocalAuthoritySection section,
      String what,
      String requester,
      LocalDate receivedOn,
      String by,
      LocalDate today) {
    if (kind == null) {
      throw InvalidInputException.invalid("kind", "CORRECTION or COMPLAINT");
    }
    if (what == null || what.isBlank() || what.length() > TEXT_LENGTH) {
      throw InvalidInputException.invalid(
          "what", "Say what is asked (at most " + TEXT_LENGTH + " characters)");
    }
    if (requester == null || requester.isBlank() || requester.length() > 200) {
      throw InvalidInputException.invalid("requester", "Say who asked");
    }
    if (receivedOn == null || receivedOn.isAfter(today)) {
      throw InvalidInputException.invalid("receivedOn", "The day it came in, today or before");
    }
    this.kind = kind;
    this.child = child;
    this.section = section;
    this.what = what.strip();
    this.requester = requester.strip();
    this.receivedOn = receivedOn;
    this.dueOn = receivedOn.plusMonths(1);
    this.recordedBy = by;
  }

  public void assignTo(String username) {
    requireOpen();
    assignedTo = username;
  }

  public void resolve(Outcome result, String reason, LocalDate on) {
    requireOpen();
    if (result == null) {
      throw InvalidInputException.invalid("outcome", "CHANGED, REFUSED, UPHELD or NOT_UPHELD");
    }
    if (result.needsReason() && (reason == null || reason.isBlank())) {
      throw InvalidInputException.invalid(
          "reason", "A refusal, or a complaint not upheld, gives its reason");
    }
    if (reason != null && reason.length() > TEXT_LENGTH) {
      throw InvalidInputException.invalid("reason", "Write at most " + TEXT_LENGTH + " characters");
    }
    outcome = result;
    outcomeReason = reason == null ? null : reason.strip();
    resolvedOn = on;
  }

  private void requireOpen() {
    if (resolvedOn != null) {
      throw new ConflictException("This request is resolved already.");
    }
  }

  public boolean isOverdueOn(LocalDate day) {
    return resolvedOn == null && day.isAfter(dueOn);
  }

  public Long id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public Optional<Child> child() {
    return Optional.ofNullable(child);
  }

  public LocalAuthoritySection section() {
    return section;
  }

  public String what() {
    return what;
  }

  public String requester() {
    return requester;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public Optional<String> assignedTo() {
    return Optional.ofNullable(assignedTo);
  }

  public Optional<LocalDate> resolvedOn() {
    return Optional.ofNullable(resolvedOn);
  }

  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<String> outcomeReason() {
    return Optional.ofNullable(outcomeReason);
  }
}
