package uk.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.List;

/** An address the child no longer lives at, kept as history with when it stopped being current. */
@Embeddable
public class PastAddress {

  @Column(name = "address_lines", length = 3 * Address.LINE_LENGTH + 4)
  private String lines;

  @Column(name = "town", length = Address.TOWN_LENGTH)
  private String town;

  @Column(name = "postcode", length = 8)
  private String postcode;

  @Enumerated(EnumType.STRING)
  @Column(name = "address_status", length = 20)
  private AddressStatus status;

  @Column(name = "source", length = 40)
  private String source;

  @Column(name = "replaced_at")
  private Instant replacedAt;

  protected PastAddress() {}

  PastAddress(Address address, String source, Instant replacedAt) {
    this.lines = String.join(", ", address.lines());
    this.town = address.town().orElse(null);
    this.postcode = address.postcode().orElse(null);
    this.status = address.status();
    this.source = source;
    this.replacedAt = replacedAt;
  }

  public List<String> lines() {
    return lines == null || lines.isEmpty() ? List.of() : List.of(lines.split(", "));
  }

  public String town() {
    return town;
  }

  public String postcode() {
    return postcode;
  }

  public AddressStatus status() {
    return status;
  }

  public String source() {
    return source;
  }

  public Instant replacedAt() {
    return replacedAt;
  }

  /** The address on one line, for a document. */
  public String describe() {
    StringBuilder text = new StringBuilder(String.join(", ", lines()));
    if (town != null) {
      text.append(text.length() > 0 ? ", " : "").append(town);
    }
    if (postcode != null) {
      text.append(text.length() > 0 ? ", " : "").append(postcode);
    }
    return text.append(" (").append(status()).append(")").toString();
  }
}
