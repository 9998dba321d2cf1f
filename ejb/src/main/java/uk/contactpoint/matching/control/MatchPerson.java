package uk.contactpoint.matching.control;

import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.child.entity.Gender;

/**
 * A child as matching compares them, from a feed record or from a held record: names (with
 * former names, each "given family"), date of birth, gender, postcode and NHS number.
 */
public record MatchPerson(String given, String family, List<String> formerNames, LocalDate birthDate, Gender gender, String postcode,
    String nhsNumber) {

  public MatchPerson {
    formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
  }
}
