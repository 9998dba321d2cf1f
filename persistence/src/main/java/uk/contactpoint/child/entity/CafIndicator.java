package uk.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Objects;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.shared.entity.Provenance;

/**
 * That a Common Assessment Framework assessment exists or existed, and who holds it. Never the
 * assessment itself: ContactPoint holds no case notes.
 */
@Embeddable
public class CafIndicator {

  @Column(name = "caf_exists")
  private Boolean exists;

  @ManyToOne
  @JoinColumn(name = "caf_holder_id")
  private Practitioner holder;

  @Column(name = "caf_source", length = Provenance.SOURCE_LENGTH)
  private String source;

  @Column(name = "caf_updated_at")
  private Instant updatedAt;

  protected CafIndicator() {}

  CafIndicator(Practitioner holder, Provenance provenance) {
    this.exists = Boolean.TRUE;
    this.holder = Objects.requireNonNull(holder, "holder");
    this.source = provenance.source();
    this.updatedAt = provenance.updatedAt();
  }

  public boolean exists() {
    return Boolean.TRUE.equals(exists);
  }

  public Practitioner holder() {
    return holder;
  }

  public Provenance provenance() {
    return new Provenance(source, updatedAt);
  }
}
