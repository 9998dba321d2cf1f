package uk.contactpoint.child.entity;

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
import uk.contactpoint.shared.entity.Provenance;

/**
 * An identifier a source gave a child. Trusted identifiers link a feed record to the right child
 * before any probabilistic matching; each (type, issuer, value) names one child.
 */
@Entity
@Table(name = "child_identifier")
public class ChildIdentifier {

  public static final String NHS = "NHS";
  public static final String DFE = "DFE";
  public static final int VALUE_LENGTH = 40;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "child_id", nullable = false)
  private Child child;

  @Enumerated(EnumType.STRING)
  @Column(name = "id_type", length = 20, nullable = false)
  private IdentifierType type;

  @Column(name = "issuer", length = Provenance.SOURCE_LENGTH, nullable = false)
  private String issuer;

  @Column(name = "id_value", length = VALUE_LENGTH, nullable = false)
  private String value;

  @Embedded private Provenance provenance;

  protected ChildIdentifier() {}

  ChildIdentifier(
      Child child, IdentifierType type, String issuer, String value, Provenance provenance) {
    this.child = Objects.requireNonNull(child, "child");
    this.type = Objects.requireNonNull(type, "type");
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    if (value == null || value.isBlank() || value.length() > VALUE_LENGTH) {
      throw new IllegalArgumentException(
          "An identifier needs 1 to " + VALUE_LENGTH + " characters");
    }
    this.value = value;
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  static ChildIdentifier nhsNumber(Child child, NhsNumber number, Provenance provenance) {
    return new ChildIdentifier(child, IdentifierType.NHS_NUMBER, NHS, number.value(), provenance);
  }

  static ChildIdentifier upn(Child child, String upn, Provenance provenance) {
    return new ChildIdentifier(child, IdentifierType.UPN, DFE, upn, provenance);
  }

  static ChildIdentifier sourceId(Child child, String value, Provenance provenance) {
    return new ChildIdentifier(
        child, IdentifierType.SOURCE_ID, provenance.source(), value, provenance);
  }

  public IdentifierType type() {
    return type;
  }

  public String issuer() {
    return issuer;
  }

  public String value() {
    return value;
  }

  public Provenance provenance() {
    return provenance;
  }

  public boolean sameAs(IdentifierType otherType, String otherIssuer, String otherValue) {
    return type == otherType && issuer.equals(otherIssuer) && value.equals(otherValue);
  }
}
