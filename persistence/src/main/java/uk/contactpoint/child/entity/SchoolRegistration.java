package uk.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.shared.entity.Provenance;

/** The school a child attends, since when, and who said so. */
@Embeddable
public class SchoolRegistration {

  @ManyToOne
  @JoinColumn(name = "school_org_id")
  private Organisation school;

  @Column(name = "school_start_date")
  private LocalDate startDate;

  @Column(name = "school_source", length = Provenance.SOURCE_LENGTH)
  private String source;

  @Column(name = "school_updated_at")
  private Instant updatedAt;

  protected SchoolRegistration() {}

  SchoolRegistration(Organisation school, LocalDate startDate, Provenance provenance) {
    if (Objects.requireNonNull(school, "school").type() != OrganisationType.SCHOOL) {
      throw new IllegalArgumentException("A child can only be registered at a school");
    }
    this.school = school;
    // A source may not know when the child started (the field is optional in a feed): unknown, not
    // refused.
    this.startDate = startDate;
    this.source = provenance.source();
    this.updatedAt = provenance.updatedAt();
  }

  public Organisation school() {
    return school;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public Provenance provenance() {
    return new Provenance(source, updatedAt);
  }
}
