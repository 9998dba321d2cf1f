package uk.contactpoint.subjectaccess.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.ParentCarer;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * A subject access request about a child's record, or about a parent or carer named on it: free,
 * answered within one month of receipt. Where the record or a carer is shielded, the requester may
 * be the person the shield protects against: shielded details are withheld unless the team records
 * a decision to include them.
 */
@Entity
@Table(name = "subject_access_request")
public class SubjectAccessRequest {

  public static final int REQUESTER_LENGTH = 200;
  public static final int NOTE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "child_id", nullable = false)
  private Child child;

  /** The parent or carer the request is about; none when it is about the child. */
  @ManyToOne
  @JoinColumn(name = "carer_id")
  private ParentCarer carer;

  @Column(name = "carer_name", length = ParentCarer.NAME_LENGTH)
  private String carerName;

  @ManyToOne(optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private LocalAuthoritySection section;

  @Column(name = "requester", length = REQUESTER_LENGTH, nullable = false)
  private String requester;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "include_shielded", nullable = false)
  private boolean includeShielded;

  @Column(name = "decision_note", length = NOTE_LENGTH)
  private String decisionNote;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Column(name = "recorded_by", length = 60, nullable = false)
  private String recordedBy;

  protected SubjectAccessRequest() {}

  public SubjectAccessRequest(
      Child child,
      String requester,
      LocalDate receivedOn,
      boolean includeShielded,
      String decisionNote,
      String by,
      LocalDate today) {
    if (requester == null || requester.isBlank() || requester.length() > REQUESTER_LENGTH) {
      throw InvalidInputException.invalid(
          "requester", "Say who asked (the young person, a parent, someone on their behalf)");
    }
    if (receivedOn == null || receivedOn.isAfter(today)) {
      throw InvalidInputException.invalid(
          "receivedOn", "The day the request came in, today or before");
    }
    if (includeShielded && (decisionNote == null || decisionNote.isBlank())) {
      throw InvalidInputException.invalid(
          "decisionNote", "Record why shielded details may go to this requester");
    }
    if (decisionNote != null && decisionNote.length() > NOTE_LENGTH) {
      throw InvalidInputException.invalid(
          "decisionNote", "Write at most " + NOTE_LENGTH + " characters");
    }
    this.child = child;
    this.section = child.section();
    this.requester = requester.strip();
    this.receivedOn = receivedOn;
    this.dueOn = receivedOn.plusMonths(1);
    this.includeShielded = includeShielded;
    this.decisionNote = decisionNote == null ? null : decisionNote.strip();
    this.recordedBy = by;
  }

  /** The same request about a parent or carer named on the child's record. */
  public SubjectAccessRequest(
      ParentCarer carer,
      String requester,
      LocalDate receivedOn,
      boolean includeShielded,
      String decisionNote,
      String by,
      LocalDate today) {
    this(carer.child(), requester, receivedOn, includeShielded, decisionNote, by, today);
    this.carer = carer;
    this.carerName = carer.fullName();
  }

  /**
   * Whether the request is about a parent or carer rather than the child (even once the carer has
   * left the record).
   */
  public boolean isAboutACarer() {
    return carerName != null;
  }

  public Optional<String> carerName() {
    return Optional.ofNullable(carerName);
  }

  public void answer(LocalDate on) {
    if (answeredOn == null) {
      answeredOn = on;
    }
  }

  public boolean isOverdueOn(LocalDate day) {
    return answeredOn == null && day.isAfter(dueOn);
  }

  public Long id() {
    return id;
  }

  public Child child() {
    return child;
  }

  /**
   * The parent or carer the request is about; empty when it is about the child (or the carer has
   * since left the record).
   */
  public Optional<ParentCarer> carer() {
    return Optional.ofNullable(carer);
  }

  public LocalAuthoritySection section() {
    return section;
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

  public boolean includesShielded() {
    return includeShielded;
  }

  public Optional<LocalDate> answeredOn() {
    return Optional.ofNullable(answeredOn);
  }
}
