package uk.contactpoint.search.control;

import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.access.control.SearchedRecord;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.NameKeys;

/** What search reads of a record to rank it: names, birth, gender and where it is held. */
public record Candidate(
    long id,
    String publicId,
    String given,
    String family,
    List<String> formerNames,
    LocalDate birthDate,
    Gender gender,
    String town,
    String postcode,
    String postcodeDistrict,
    String section,
    boolean shielded)
    implements SearchedRecord {

  /** Every name token the child has or had. */
  public List<String> nameTokens() {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(given, family), formerNames.stream())
        .flatMap(name -> NameKeys.tokens(name).stream())
        .toList();
  }
}
