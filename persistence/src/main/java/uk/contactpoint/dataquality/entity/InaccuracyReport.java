package uk.contactpoint.dataquality.entity;

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
import java.time.Instant;
import java.util.Objects;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.section.entity.LocalAuthoritySection;

/**
 * A practitioner's report that a fact on a record is wrong, queued for the section's data-quality
 * work. The note says what is wrong with the fact; it is not a place for case notes.
 */
@Entity
@Table(name = "inaccuracy_report")
public class InaccuracyReport {

  public static final int NOTE_LENGTH = 500;

  /** Which fact is reported. */
  public enum Fact {
    NAME,
    DATE_OF_BIRTH,
    GENDER,
    ADDRESS,
    PARENT_OR_CARER,
    SCHOOL,
    GP,
    INVOLVEMENT,
    CAF,
    OTHER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "child_id", nullable = false)
  private Child child;

  @ManyToOne(optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private LocalAuthoritySection section;

  @Enumerated(EnumType.STRING)
  @Column(name = "fact", length = 20, nullable = false)
  private Fact fact;

  @Column(name = "note", length = NOTE_LENGTH, nullable = false)
  private String note;

  @ManyToOne(optional = false)
  @JoinColumn(name = "reporter_id", nullable = false)
  private Practitioner reporter;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Column(name = "status", length = 20, nullable = false)
  private String status;

  protected InaccuracyReport() {}

  public InaccuracyReport(
      Child child, Fact fact, String note, Practitioner reporter, Instant reportedAt) {
    if (note == null || note.isBlank() || note.length() > NOTE_LENGTH) {
      throw new IllegalArgumentException(
          "Say what is wrong in 1 to " + NOTE_LENGTH + " characters");
    }
    this.child = Objects.requireNonNull(child, "child");
    this.section = child.section();
    this.fact = Objects.requireNonNull(fact, "fact");
    this.note = note.strip();
    this.reporter = Objects.requireNonNull(reporter, "reporter");
    this.reportedAt = Objects.requireNonNull(reportedAt, "reportedAt");
    this.status = "OPEN";
  }

  public Long id() {
    return id;
  }

  /** The data-quality team has corrected the fact, or found it right. */
  public void close() {
    status = "CLOSED";
  }

  public boolean isOpen() {
    return "OPEN".equals(status);
  }

  public Child child() {
    return child;
  }

  public LocalAuthoritySection section() {
    return section;
  }

  public Fact fact() {
    return fact;
  }

  public String note() {
    return note;
  }

  public Practitioner reporter() {
    return reporter;
  }

  public Instant reportedAt() {
    return reportedAt;
  }
}
