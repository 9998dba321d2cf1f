package uk.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import uk.contactpoint.section.entity.LocalAuthoritySection;

/** A child moved to another local authority's section; both teams see the move. */
@Entity
@Table(name = "child_transfer")
public class ChildTransfer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "child_id", nullable = false)
  private Child child;

  @ManyToOne(optional = false)
  @JoinColumn(name = "from_section_id", nullable = false)
  private LocalAuthoritySection from;

  @ManyToOne(optional = false)
  @JoinColumn(name = "to_section_id", nullable = false)
  private LocalAuthoritySection to;

  @Column(name = "source", length = 40, nullable = false)
  private String source;

  @Column(name = "transferred_at", nullable = false)
  private OffsetDateTime transferredAt;

  protected ChildTransfer() {}

  ChildTransfer(
      Child child,
      LocalAuthoritySection from,
      LocalAuthoritySection to,
      String source,
      Instant at) {
    this.child = child;
    this.from = from;
    this.to = to;
    this.source = source;
    this.transferredAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public Child child() {
    return child;
  }

  public LocalAuthoritySection from() {
    return from;
  }

  public LocalAuthoritySection to() {
    return to;
  }

  public String source() {
    return source;
  }

  public Instant transferredAt() {
    return transferredAt.toInstant();
  }
}
