package uk.contactpoint.matching.control;

import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.PersonName;

/**
 * A child as matching compares them, from a feed record or from a held record: the name, the other
 * names the child is known by (former names, and for a held child every other spelling a source has
 * sent), date of birth, gender, postcode, NHS number, the full names of their parents and carers
 * and, for a held child, the postcodes of the addresses they have lived at.
 */
public record MatchPerson(
    String given,
    String family,
    List<PersonName> formerNames,
    LocalDate birthDate,
    Gender gender,
    String postcode,
    String nhsNumber,
    List<String> carerNames,
    List<String> formerPostcodes) {

  public MatchPerson {
    formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
    carerNames = carerNames == null ? List.of() : List.copyOf(carerNames);
    formerPostcodes =
        formerPostcodes == null
            ? List.of()
            : formerPostcodes.stream().filter(java.util.Objects::nonNull).toList();
  }

  /** A record as a source sends it: one address, no history. */
  public MatchPerson(
      String given,
      String family,
      List<PersonName> formerNames,
      LocalDate birthDate,
      Gender gender,
      String postcode,
      String nhsNumber,
      List<String> carerNames) {
    this(given, family, formerNames, birthDate, gender, postcode, nhsNumber, carerNames, List.of());
  }

  /** Without parents or carers known. */
  public MatchPerson(
      String given,
      String family,
      List<PersonName> formerNames,
      LocalDate birthDate,
      Gender gender,
      String postcode,
      String nhsNumber) {
    this(given, family, formerNames, birthDate, gender, postcode, nhsNumber, List.of());
  }

  /**
   * "Mary Ann Smith" is given "Mary Ann", family "Smith"; a single word is no name to compare
   * (none).
   */
  public static java.util.Optional<PersonName> nameOf(String full) {
    String[] parts = full == null ? new String[0] : full.strip().split("\\s+");
    if (parts.length < 2) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new PersonName(
            String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1)),
            parts[parts.length - 1]));
  }

  /** A stored child as matching sees it, with the postcodes of its address history. */
  public static MatchPerson of(Child child) {
    return new MatchPerson(
        child.name().given(),
        child.name().family(),
        child.formerNames(),
        child.birthDate(),
        child.gender(),
        child.address().postcode().orElse(null),
        child
            .identifier(uk.contactpoint.child.entity.IdentifierType.NHS_NUMBER, "NHS")
            .orElse(null),
        child.parentsCarers().stream()
            .map(uk.contactpoint.child.entity.ParentCarer::fullName)
            .toList(),
        child.addressHistory().stream()
            .map(uk.contactpoint.child.entity.PastAddress::postcode)
            .toList());
  }
}
