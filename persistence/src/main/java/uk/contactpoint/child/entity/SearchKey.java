package uk.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One indexed way of finding a child: a name key stored beside the child's date of birth and
 * postcode district, so that "key + date of birth", "key + year of birth" (a date range) and "key +
 * district" are each a range scan of one index.
 */
@Embeddable
public class SearchKey {

  @Column(name = "search_key", length = NameKeys.KEY_LENGTH, nullable = false)
  private String key;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  /** Empty, never null, when the address has no postcode: keeps rows comparable on update. */
  @Column(name = "postcode_district", length = 4, nullable = false)
  private String postcodeDistrict;

  protected SearchKey() {}

  public SearchKey(String key, LocalDate birthDate, String postcodeDistrict) {
    this.key = Objects.requireNonNull(key, "key");
    this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
    this.postcodeDistrict = postcodeDistrict == null ? "" : postcodeDistrict;
  }

  public String key() {
    return key;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SearchKey that
        && key.equals(that.key)
        && birthDate.equals(that.birthDate)
        && Objects.equals(postcodeDistrict, that.postcodeDistrict);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, birthDate, postcodeDistrict);
  }
}
