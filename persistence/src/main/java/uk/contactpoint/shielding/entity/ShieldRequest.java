package uk.contactpoint.shielding.entity;

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
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.error.ConflictException;

/**
 * "In most cases practitioners will ask for a shield to be applied": a practitioner's request,
 * waiting for the shielding duty of the child's section, then decided.
 */
@Entity
@Table(name = "shield_request")
public class ShieldRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "child_id", nullable = false)
  private Child child;

  @ManyToOne(optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private LocalAuthoritySection section;

  @Column(name = "requested_by", nullable = false, length = 60)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "reason", nullable = false, length = Shield.REASON_LENGTH)
  private String reason;

  @Column(name = "decided_by", length = 60)
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "approved")
  private Boolean approved;

  @Column(name = "decision_note", length = Shield.REASON_LENGTH)
  private String decisionNote;

  protected ShieldRequest() {}

  public ShieldRequest(Child child, String requestedBy, Instant at, String reason) {
    Shield.requireReason("reason", reason);
    this.child = child;
    this.section = child.section();
    this.requestedBy = requestedBy;
    this.requestedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    this.reason = reason.strip();
  }

  public void decide(boolean approve, String by, Instant at, String note) {
    if (decidedAt != null) {
      throw new ConflictException("This request has already been decided.");
    }
    Shield.requireReason("note", note);
    approved = approve;
    decidedBy = by;
    decidedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    decisionNote = note.strip();
  }

  public Long id() {
    return id;
  }

  public Child child() {
    return child;
  }

  public LocalAuthoritySection section() {
    return section;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt.toInstant();
  }

  public String reason() {
    return reason;
  }

  public boolean isDecided() {
    return decidedAt != null;
  }

  public Boolean approved() {
    return approved;
  }
}
