package uk.contactpoint.involvement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.shared.entity.Provenance;

/**
 * A service or practitioner working with a child. This is what ContactPoint is for: it lets the
 * others find them. An ended involvement stays visible for a year (DESIGN.md rule 7).
 */
@Entity
@Table(name = "involvement")
public class Involvement {

  public static final int ROLE_LENGTH = 100;

  /** How long an ended involvement stays listed for practitioners. */
  public static final int YEARS_LISTED_AFTER_END = 1;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "child_id", nullable = false)
  private Child child;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  /** Absent when a service is involved without a named practitioner. */
  @ManyToOne
  @JoinColumn(name = "practitioner_id")
  private Practitioner practitioner;

  @Column(name = "role", length = ROLE_LENGTH, nullable = false)
  private String role;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "lead_professional", nullable = false)
  private boolean leadProfessional;

  @Embedded private Provenance provenance;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "consent_basis", length = 30)
  private ConsentBasis consentBasis;

  @Column(name = "consent_note", length = CONSENT_NOTE_LENGTH)
  private String consentNote;

  @Column(name = "consent_recorded_on")
  private LocalDate consentRecordedOn;

  @Version
  @Column(name = "version")
  private int version;

  protected Involvement() {}

  public static final int CONSENT_NOTE_LENGTH = 500;

  public Involvement(
      Child child,
      Organisation organisation,
      Practitioner practitioner,
      String role,
      LocalDate startDate,
      Provenance provenance) {
    if (role == null || role.isBlank() || role.length() > ROLE_LENGTH) {
      throw new IllegalArgumentException(
          "An involvement needs a role of 1 to " + ROLE_LENGTH + " characters");
    }
    if (practitioner != null && !practitioner.organisation().equals(organisation)) {
      throw new IllegalArgumentException("The practitioner does not work for that organisation");
    }
    this.child = Objects.requireNonNull(child, "child");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.practitioner = practitioner;
    this.role = role.strip();
    this.startDate = Objects.requireNonNull(startDate, "startDate");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * Records of one child were merged (or a wrong merge split): the involvement follows its child.
   */
  public void moveTo(Child other) {
    child = java.util.Objects.requireNonNull(other, "other");
  }

  public void endOn(LocalDate end, Provenance by) {
    if (endDate != null) {
      throw new IllegalStateException("The involvement has already ended");
    }
    if (end.isBefore(startDate)) {
      throw new IllegalArgumentException("An involvement cannot end before it started");
    }
    endDate = end;
    leadProfessional = false;
    provenance = by;
  }

  /** The end date came with a record that was not this child's: the involvement runs again. */
  public void reopen(Provenance by) {
    endDate = null;
    provenance = java.util.Objects.requireNonNull(by, "by");
  }

  public void becomeLeadProfessional(Provenance by) {
    if (endDate != null) {
      throw new IllegalStateException("An ended involvement cannot hold the lead");
    }
    leadProfessional = true;
    provenance = by;
  }

  public void stepDownAsLead(Provenance by) {
    leadProfessional = false;
    provenance = by;
  }

  /** Listed to practitioners while active and for a year after its end. */
  public boolean isListedOn(LocalDate day) {
    return endDate == null || !day.isAfter(endDate.plusYears(YEARS_LISTED_AFTER_END));
  }

  public boolean isActiveOn(LocalDate day) {
    return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
  }

  public Long id() {
    return id;
  }

  public Child child() {
    return child;
  }

  public Organisation organisation() {
    return organisation;
  }

  public Optional<Practitioner> practitioner() {
    return Optional.ofNullable(practitioner);
  }

  public String role() {
    return role;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(endDate);
  }

  public boolean isLeadProfessional() {
    return leadProfessional;
  }

  public Provenance provenance() {
    return provenance;
  }

  /**
   * Records the basis on which a sensitive service's involvement is held. The note is required: the
   * young person's competence, why a parent consented, or the provider's judgement of harm.
   */
  public void recordConsent(ConsentBasis basis, String note, LocalDate on) {
    if (basis == null) {
      throw new IllegalArgumentException(
          "consentBasis: a sensitive service is recorded only with consent or a judgement of significant harm");
    }
    if (note == null || note.isBlank()) {
      throw new IllegalArgumentException(
          "consentNote: say how the consent was given, or the judgement of harm");
    }
    if (note.length() > CONSENT_NOTE_LENGTH) {
      throw new IllegalArgumentException(
          "consentNote: write at most " + CONSENT_NOTE_LENGTH + " characters");
    }
    this.consentBasis = basis;
    this.consentNote = note.strip();
    this.consentRecordedOn = on;
  }

  public java.util.Optional<ConsentBasis> consentBasis() {
    return java.util.Optional.ofNullable(consentBasis);
  }
}
