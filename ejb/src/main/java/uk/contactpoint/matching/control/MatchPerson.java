package uk.contactpoint.matching.control;

import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.child.entity.Gender;

/**
 * A child as matching compares them, from a feed record or from a held record: names (with
 * former names, each "given family"), date of birth, gender, postcode, NHS number and the full
 * names of their parents and carers.
 */
public record MatchPerson(String given, String family, List<String> formerNames, LocalDate birthDate, Gender gender, String postcode,
    String nhsNumber, List<String> carerNames) {

  public MatchPerson {
    formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
    carerNames = carerNames == null ? List.of() : List.copyOf(carerNames);
  }

  /** Without parents or carers known. */
  public MatchPerson(String given, String family, List<String> formerNames, LocalDate birthDate, Gender gender, String postcode,
      String nhsNumber) {
    this(given, family, formerNames, birthDate, gender, postcode, nhsNumber, List.of());
  }
}
