package uk.contactpoint.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

class FeedValidationTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final Set<String> SECTIONS = Set.of("E08000035");

  static String record(String overrides) {
    return "{\"recordId\":\"S-1\",\"localAuthority\":\"E08000035\",\"name\":{\"given\":\"Kelly\",\"family\":\"Mason\",\"former\":[]},"
        + "\"dateOfBirth\":\"2011-08-27\",\"gender\":\"FEMALE\",\"nhsNumber\":\"9434765919\",\"upn\":\"H801200001001\","
        + "\"address\":{\"lines\":[\"14 Elmwood Terrace\"],\"town\":\"Morley\",\"postcode\":\"LS27 9QT\",\"status\":\"CURRENT\"},"
        + "\"parentsCarers\":[{\"name\":\"Donna Mason\",\"relationship\":\"MOTHER\",\"contact\":{\"phone\":\"07700 900461\"}}],"
        + "\"school\":{\"urn\":\"107999\",\"name\":\"Morley Academy\",\"startDate\":\"2022-09-01\"},"
        + "\"gp\":{\"odsCode\":\"B86001\",\"name\":\"Station Road Medical Practice\"}"
        + overrides
        + "}";
  }

  private static List<String> fields(String json) {
    return FeedValidation.check(FeedRecord.bind(json), SECTIONS, TODAY).stream()
        .map(FieldError::field)
        .toList();
  }

  @Test
  void aGoodRecordHasNoErrors() {
    assertEquals(List.of(), fields(record("")));
  }

  @Test
  void everyBadFieldIsNamed() {
    String bad =
        record("")
            .replace("9434765919", "9434765918")
            .replace("H801200001001", "A801200001001")
            .replace("LS27 9QT", "LS27 XXX")
            .replace("E08000035", "E08999999")
            .replace("107999", "10799")
            .replace("B86001", "86001")
            .replace("2011-08-27", "2027-01-01")
            .replace("07700 900461", "call me");
    assertEquals(
        List.of(
            "localAuthority",
            "dateOfBirth",
            "nhsNumber",
            "upn",
            "address.postcode",
            "parentsCarers[0].contact.phone",
            "school.urn",
            "gp.odsCode"),
        fields(bad));
  }

  @Test
  void aRecordIdLongerThanTheSourceIdentifierItBecomesIsRefused() {
    assertEquals(List.of(), fields(record("").replace("\"S-1\"", "\"" + "a".repeat(40) + "\"")));
    // Stored as the child's source identifier (40 characters): longer failed the write instead of
    // naming the field.
    assertEquals(
        List.of("recordId"), fields(record("").replace("\"S-1\"", "\"" + "a".repeat(41) + "\"")));
  }

  @Test
  void unknownFieldsAndBadDatesOrWordsAreRejectedByTheBinding() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                FeedRecord.bind(
                    record(",\"assessment\":\"private notes\"")
                        .replace("\"FEMALE\"", "\"F\"")
                        .replace("2022-09-01", "2022-02-30")));
    assertEquals(
        List.of("assessment", "gender", "school.startDate"),
        refused.errors().stream().map(FieldError::field).sorted().toList());
  }

  @Test
  void aSensitiveServiceNeedsItsConsent() {
    String involvement =
        ",\"involvements\":[{\"organisation\":\"Clinic\",\"role\":\"Nurse\",\"startDate\":\"2026-01-01\",\"sensitive\":true}]";
    assertEquals(List.of("involvements[0].consent"), fields(record(involvement)));
    String consented =
        involvement.replace(
            "\"sensitive\":true",
            "\"sensitive\":true,\"consent\":{\"basis\":\"YOUNG_PERSON\",\"note\":\"Understood\"}");
    assertEquals(List.of(), fields(record(consented)));
  }

  @Test
  void anAddresslessStatusHasNoLines() {
    assertEquals(
        List.of("address"),
        fields(record("").replace("\"status\":\"CURRENT\"", "\"status\":\"NO_KNOWN_ADDRESS\"")));
  }
}
