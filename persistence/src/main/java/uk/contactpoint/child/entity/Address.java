package uk.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a child lives, and how sure we are of it. "No known address" and "left England" carry no
 * lines; the others need at least a first line or a postcode. Only the section's team and the
 * record view show it; a search row shows the town alone.
 */
@Embeddable
public class Address {

  public static final int LINE_LENGTH = 100;
  public static final int TOWN_LENGTH = 100;

  @Column(name = "address_line1", length = LINE_LENGTH)
  private String line1;

  @Column(name = "address_line2", length = LINE_LENGTH)
  private String line2;

  @Column(name = "address_line3", length = LINE_LENGTH)
  private String line3;

  @Column(name = "town", length = TOWN_LENGTH)
  private String town;

  @Column(name = "postcode", length = 8)
  private String postcode;

  @Column(name = "postcode_district", length = 4)
  private String postcodeDistrict;

  @Enumerated(EnumType.STRING)
  @Column(name = "address_status", length = 20)
  private AddressStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "intends_to_return", length = 10)
  private IntendsToReturn intendsToReturn;

  protected Address() {}

  private Address(
      List<String> lines,
      String town,
      Postcode postcode,
      AddressStatus status,
      IntendsToReturn intends) {
    if (lines.size() > 3) {
      throw new IllegalArgumentException("An address has at most 3 lines before the town");
    }
    lines.forEach(
        line -> {
          if (line.length() > LINE_LENGTH) {
            throw new IllegalArgumentException(
                "An address line has at most " + LINE_LENGTH + " characters");
          }
        });
    if (town != null && town.length() > TOWN_LENGTH) {
      throw new IllegalArgumentException("A town has at most " + TOWN_LENGTH + " characters");
    }
    this.line1 = lines.size() > 0 ? lines.get(0) : null;
    this.line2 = lines.size() > 1 ? lines.get(1) : null;
    this.line3 = lines.size() > 2 ? lines.get(2) : null;
    this.town = town;
    this.postcode = postcode == null ? null : postcode.toString();
    this.postcodeDistrict = postcode == null ? null : postcode.district();
    this.status = status;
    this.intendsToReturn = intends;
  }

  /** A current or last known address. */
  public static Address at(
      List<String> lines, String town, Postcode postcode, AddressStatus status) {
    if (status != AddressStatus.CURRENT && status != AddressStatus.LAST_KNOWN) {
      throw new IllegalArgumentException("Only a current or last known address has lines");
    }
    List<String> kept =
        lines == null
            ? List.of()
            : lines.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
    if (kept.isEmpty() && postcode == null) {
      throw new IllegalArgumentException("An address needs a first line or a postcode");
    }
    return new Address(kept, town, postcode, status, null);
  }

  public static Address noKnownAddress() {
    return new Address(List.of(), null, null, AddressStatus.NO_KNOWN_ADDRESS, null);
  }

  public static Address leftEngland(IntendsToReturn intends) {
    return new Address(
        List.of(),
        null,
        null,
        AddressStatus.LEFT_ENGLAND,
        Objects.requireNonNull(intends, "intends"));
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (String line : new String[] {line1, line2, line3}) {
      if (line != null) {
        lines.add(line);
      }
    }
    return lines;
  }

  public Optional<String> town() {
    return Optional.ofNullable(town);
  }

  public Optional<String> postcode() {
    return Optional.ofNullable(postcode);
  }

  public Optional<String> postcodeDistrict() {
    return Optional.ofNullable(postcodeDistrict);
  }

  public AddressStatus status() {
    return status;
  }

  public Optional<IntendsToReturn> intendsToReturn() {
    return Optional.ofNullable(intendsToReturn);
  }

  /** Two households live at the same address when lines and postcode agree (case aside). */
  public boolean sameDwellingAs(Address other) {
    return other != null
        && postcode != null
        && postcode.equals(other.postcode)
        && String.valueOf(line1).equalsIgnoreCase(String.valueOf(other.line1));
  }
}
