package uk.contactpoint.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

class ChildSearchCriteriaTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private static List<String> fieldsRejected(Runnable search) {
    InvalidInputException failure = assertThrows(InvalidInputException.class, search::run);
    assertEquals(422, failure.status());
    return failure.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void aSearchNeedsANameOrABirthDateOrYear() {
    assertEquals(
        List.of("name"),
        fieldsRejected(
            () -> ChildSearchCriteria.of(null, null, null, null, "LS27 9QT", null, null, TODAY)));
    assertEquals(
        List.of("name"),
        fieldsRejected(
            () -> ChildSearchCriteria.of("  ", null, null, null, null, null, null, TODAY)));
  }

  @Test
  void aNameWithoutLettersIsRejected() {
    assertEquals(
        List.of("name"),
        fieldsRejected(
            () -> ChildSearchCriteria.of("123", null, null, null, null, null, null, TODAY)));
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    assertEquals(
        List.of("dateOfBirth", "postcode", "page", "size"),
        fieldsRejected(
            () ->
                ChildSearchCriteria.of(
                    "Kelly", TODAY.plusDays(1), null, null, "nowhere", 0, 51, TODAY)));
  }

  @Test
  void yearOfBirthMustAgreeWithTheDateAndBeRecent() {
    assertEquals(
        List.of("yearOfBirth"),
        fieldsRejected(
            () ->
                ChildSearchCriteria.of(
                    "Kelly", LocalDate.of(2011, 8, 27), 2012, null, null, null, null, TODAY)));
    assertEquals(
        List.of("yearOfBirth"),
        fieldsRejected(
            () -> ChildSearchCriteria.of("Kelly", null, 1980, null, null, null, null, TODAY)));
  }

  @Test
  void aYearOfBirthIsARangeOfDates() {
    ChildSearchCriteria criteria =
        ChildSearchCriteria.of(null, null, 2011, null, null, null, null, TODAY);
    LocalDate[] range = criteria.birthRange().orElseThrow();
    assertEquals(LocalDate.of(2011, 1, 1), range[0]);
    assertEquals(LocalDate.of(2011, 12, 31), range[1]);
  }

  @Test
  void postcodeGivesItsDistrictAndCanonicalForm() {
    ChildSearchCriteria criteria =
        ChildSearchCriteria.of("Kelly", null, null, null, "ls279qt", null, null, TODAY);
    assertEquals("LS27", criteria.postcodeDistrict());
    assertEquals("LS27 9QT", criteria.postcode());
    assertEquals(1, criteria.page());
    assertEquals(ChildSearchCriteria.DEFAULT_PAGE_SIZE, criteria.size());
  }
}
