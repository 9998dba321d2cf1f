package uk.contactpoint.it.support;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.child.entity.Gender;

/** What a test needs of a child record; {@link #named} gives sensible defaults for the rest. */
public record ChildSpec(
    String given,
    String family,
    List<String> formerFamilyNames,
    LocalDate birthDate,
    Gender gender,
    String postcode,
    String town,
    String sectionCode)
    implements Serializable {

  public static ChildSpec named(String given, String family, LocalDate birthDate) {
    return new ChildSpec(
        given, family, List.of(), birthDate, Gender.FEMALE, "LS27 9QT", "Morley", "E08000035");
  }

  public ChildSpec withFormerFamilyName(String former) {
    return new ChildSpec(
        given, family, List.of(former), birthDate, gender, postcode, town, sectionCode);
  }

  public ChildSpec withPostcode(String newPostcode, String newTown) {
    return new ChildSpec(
        given, family, formerFamilyNames, birthDate, gender, newPostcode, newTown, sectionCode);
  }

  public ChildSpec withGender(Gender newGender) {
    return new ChildSpec(
        given, family, formerFamilyNames, birthDate, newGender, postcode, town, sectionCode);
  }

  public ChildSpec bornOn(LocalDate day) {
    return new ChildSpec(
        given, family, formerFamilyNames, day, gender, postcode, town, sectionCode);
  }

  public ChildSpec inSection(String code) {
    return new ChildSpec(given, family, formerFamilyNames, birthDate, gender, postcode, town, code);
  }
}
