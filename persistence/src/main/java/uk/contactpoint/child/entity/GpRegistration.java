package uk.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Objects;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.shared.entity.Provenance;

/** The GP surgery a child is registered with, and who said so. */
@Embeddable
public class GpRegistration {

  @ManyToOne
  @JoinColumn(name = "gp_org_id")
  private Organisation surgery;

  @Column(name = "gp_source", length = Provenance.SOURCE_LENGTH)
  private String source;

  @Column(name = "gp_updated_at")
  private Instant updatedAt;

  protected GpRegistration() {}

  GpRegistration(Organisation surgery, Provenance provenance) {
    if (Objects.requireNonNull(surgery, "surgery").type() != OrganisationType.GP_SURGERY) {
      throw new IllegalArgumentException("A child can only be registered with a GP surgery");
    }
    this.surgery = surgery;
    this.source = provenance.source();
    this.updatedAt = provenance.updatedAt();
  }

  public Organisation surgery() {
    return surgery;
  }

  public Provenance provenance() {
    return new Provenance(source, updatedAt);
  }
}
