package uk.contactpoint.search.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.NameKeys;
import uk.contactpoint.child.entity.Postcode;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * What a practitioner searches with, checked once for the API and the screens alike. A search needs
 * a name or a date or year of birth: anything broader would list children the searcher has no
 * reason to see.
 */
public record ChildSearchCriteria(
    List<String> nameTokens,
    LocalDate dateOfBirth,
    Integer yearOfBirth,
    Gender gender,
    String postcodeDistrict,
    String postcode,
    int page,
    int size) {

  public static final int MAX_PAGE_SIZE = 50;
  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int MAX_NAME_LENGTH = 200;

  /** Records live to 25 at the latest (care leavers), so older births are never searched. */
  public static final int OLDEST_AGE_HELD = 26;

  public ChildSearchCriteria {
    nameTokens = List.copyOf(nameTokens);
  }

  /**
   * Checks what was typed and names every field that is wrong. Field names are the API's ({@code
   * name}, {@code dateOfBirth}, …) so screens and clients can point at them.
   */
  public static ChildSearchCriteria of(
      String name,
      LocalDate dateOfBirth,
      Integer yearOfBirth,
      Gender gender,
      String postcode,
      Integer page,
      Integer size,
      LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    List<String> tokens = NameKeys.tokens(name);
    boolean nameGiven = name != null && !name.isBlank();
    if (nameGiven && name.length() > MAX_NAME_LENGTH) {
      errors.add(
          new FieldError("name", "Enter a name of at most " + MAX_NAME_LENGTH + " characters"));
    } else if (nameGiven && tokens.isEmpty()) {
      errors.add(new FieldError("name", "Enter a name using letters"));
    }
    if (!nameGiven && dateOfBirth == null && yearOfBirth == null) {
      errors.add(new FieldError("name", "Enter a name, or a date or year of birth"));
    }
    if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
      errors.add(new FieldError("dateOfBirth", "Date of birth must be today or in the past"));
    }
    if (yearOfBirth != null
        && (yearOfBirth > today.getYear() || yearOfBirth < today.getYear() - OLDEST_AGE_HELD)) {
      errors.add(
          new FieldError(
              "yearOfBirth",
              "Year of birth must be between "
                  + (today.getYear() - OLDEST_AGE_HELD)
                  + " and "
                  + today.getYear()));
    }
    if (dateOfBirth != null && yearOfBirth != null && dateOfBirth.getYear() != yearOfBirth) {
      errors.add(new FieldError("yearOfBirth", "Year of birth does not match the date of birth"));
    }
    Optional<String> district = Postcode.districtOf(postcode);
    boolean postcodeGiven = postcode != null && !postcode.isBlank();
    if (postcodeGiven && district.isEmpty()) {
      errors.add(
          new FieldError("postcode", "Enter a postcode like LS1 4AP, or its first part like LS1"));
    }
    int pageNumber = page == null ? 1 : page;
    if (pageNumber < 1) {
      errors.add(new FieldError("page", "Page numbers start at 1"));
    }
    int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      errors.add(new FieldError("size", "Page size must be between 1 and " + MAX_PAGE_SIZE));
    }
    if (!errors.isEmpty()) {
      throw InvalidInputException.invalid(errors);
    }
    String fullPostcode =
        postcodeGiven ? Postcode.parse(postcode).map(Postcode::toString).orElse(null) : null;
    return new ChildSearchCriteria(
        tokens,
        dateOfBirth,
        yearOfBirth,
        gender,
        district.orElse(null),
        fullPostcode,
        pageNumber,
        pageSize);
  }

  public boolean hasName() {
    return !nameTokens.isEmpty();
  }

  /** The first and last possible date of birth, from the date or the year given. */
  public Optional<LocalDate[]> birthRange() {
    if (dateOfBirth != null) {
      return Optional.of(new LocalDate[] {dateOfBirth, dateOfBirth});
    }
    if (yearOfBirth != null) {
      return Optional.of(
          new LocalDate[] {LocalDate.of(yearOfBirth, 1, 1), LocalDate.of(yearOfBirth, 12, 31)});
    }
    return Optional.empty();
  }

  /**
   * What was asked, for the audit trail's detail row (DESIGN.md rule 4: a search is recorded with
   * its criteria). The last name token is taken as the family name, which the repeated-surname
   * alert counts.
   */
  public void describeTo(uk.contactpoint.audit.control.AuditNote note) {
    note.detail("name", String.join(" ", nameTokens))
        .detail("dateOfBirth", dateOfBirth)
        .detail("yearOfBirth", yearOfBirth)
        .detail("gender", gender)
        .detail("postcode", postcode != null ? postcode : postcodeDistrict);
    if (!nameTokens.isEmpty()) {
      note.searchedSurname(nameTokens.get(nameTokens.size() - 1));
    }
  }
}
