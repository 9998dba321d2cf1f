package uk.contactpoint.involvement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * A change of lead professional, agreed between the previous and the new lead (DESIGN.md rule 7):
 * taking over needs an explicit declaration of that agreement, and this records it.
 */
@Entity
@Table(name = "lead_change")
public class LeadChange {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "child_id", nullable = false)
  private Child child;

  @ManyToOne(optional = false)
  @JoinColumn(name = "previous_lead_id", nullable = false)
  private Practitioner previousLead;

  @ManyToOne(optional = false)
  @JoinColumn(name = "new_lead_id", nullable = false)
  private Practitioner newLead;

  @Column(name = "agreed_at", nullable = false)
  private Instant agreedAt;

  protected LeadChange() {}

  public LeadChange(
      Child child, Practitioner previousLead, Practitioner newLead, Instant agreedAt) {
    this.child = Objects.requireNonNull(child, "child");
    this.previousLead = Objects.requireNonNull(previousLead, "previousLead");
    this.newLead = Objects.requireNonNull(newLead, "newLead");
    this.agreedAt = Objects.requireNonNull(agreedAt, "agreedAt");
  }
}
