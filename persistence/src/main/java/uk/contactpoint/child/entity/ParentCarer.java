package uk.contactpoint.child.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.entity.Provenance;

/** A parent or carer of a child: name, relationship and how to reach them. */
@Entity
@Table(name = "parent_carer")
public class ParentCarer {

  public static final int NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "child_id", nullable = false)
  private Child child;

  @Column(name = "full_name", length = NAME_LENGTH, nullable = false)
  private String fullName;

  @Enumerated(EnumType.STRING)
  @Column(name = "relationship", length = 20, nullable = false)
  private Relationship relationship;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "phone", column = @Column(name = "phone")),
    @AttributeOverride(name = "email", column = @Column(name = "email"))
  })
  private ContactDetails contact;

  @Embedded private Address address;

  @Embedded private Provenance provenance;

  @Column(name = "shielded", nullable = false)
  private boolean shielded;

  protected ParentCarer() {}

  ParentCarer(
      Child child,
      String fullName,
      Relationship relationship,
      ContactDetails contact,
      Address address,
      Provenance provenance) {
    if (fullName == null || fullName.isBlank() || fullName.length() > NAME_LENGTH) {
      throw new IllegalArgumentException(
          "A parent or carer needs a name of 1 to " + NAME_LENGTH + " characters");
    }
    this.child = Objects.requireNonNull(child, "child");
    this.fullName = fullName.strip();
    this.relationship = Objects.requireNonNull(relationship, "relationship");
    this.contact = contact == null ? new ContactDetails(null, null) : contact;
    this.address = address;
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * Shields the carer: their contact, and the address, school and GP of children at their address,
   * are withheld.
   */
  public void shield() {
    shielded = true;
  }

  public void unshield() {
    shielded = false;
  }

  public boolean isShielded() {
    return shielded;
  }

  public Child child() {
    return child;
  }

  public Long id() {
    return id;
  }

  public String fullName() {
    return fullName;
  }

  public Relationship relationship() {
    return relationship;
  }

  public ContactDetails contact() {
    return contact;
  }

  public Address address() {
    return address;
  }

  public Provenance provenance() {
    return provenance;
  }
}
