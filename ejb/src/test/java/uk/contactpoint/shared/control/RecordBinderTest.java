package uk.contactpoint.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

class RecordBinderTest {

  record Name(String given, String family) {}

  record Sample(
      String text, Integer count, LocalDate day, Gender gender, List<Name> names, Boolean flag) {}

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static List<FieldError> errorsOf(String body) {
    InvalidInputException failure =
        assertThrows(
            InvalidInputException.class, () -> RecordBinder.bind(Sample.class, json(body)));
    assertEquals(400, failure.status());
    return failure.errors();
  }

  @Test
  void bindsEveryKindOfField() {
    Sample sample =
        RecordBinder.bind(
            Sample.class,
            json(
                "{\"text\":\"a\",\"count\":3,\"day\":\"2011-08-27\",\"gender\":\"FEMALE\",\"names\":[{\"given\":\"Kelly\",\"family\":\"Mason\"}],\"flag\":true}"));
    assertEquals(
        new Sample(
            "a",
            3,
            LocalDate.of(2011, 8, 27),
            Gender.FEMALE,
            List.of(new Name("Kelly", "Mason")),
            true),
        sample);
  }

  @Test
  void missingAndNullFieldsAreNull() {
    assertEquals(
        new Sample(null, null, null, null, null, null),
        RecordBinder.bind(Sample.class, json("{\"text\":null}")));
  }

  @Test
  void textWithAControlCharacterIsRefusedWhereverItIsAndFreeTextKeepsItsLineBreaks() {
    assertEquals(
        List.of(
            new FieldError("text", "must not hold control characters"),
            new FieldError("names[0].family", "must not hold control characters")),
        errorsOf(
            "{\"text\":\"Ann\\u0000e\",\"names\":[{\"given\":\"Kelly\",\"family\":\"Ma\\u001bson\"}]}"));
    assertEquals(
        "Rang twice.\r\n\tNo answer.",
        RecordBinder.bind(Sample.class, json("{\"text\":\"Rang twice.\\r\\n\\tNo answer.\"}"))
            .text());
  }

  @Test
  void anUnknownFieldIsRejectedNotIgnored() {
    assertEquals(
        List.of(new FieldError("notes", "is not a field that ContactPoint accepts here")),
        errorsOf("{\"notes\":\"x\"}"));
  }

  @Test
  void everyUnreadableFieldIsNamedWithItsPath() {
    List<String> fields =
        errorsOf(
                "{\"count\":1.5,\"day\":\"2011-02-30\",\"gender\":\"GIRL\",\"names\":[{\"given\":1,\"x\":2}],\"flag\":\"yes\"}")
            .stream()
            .map(FieldError::field)
            .toList();
    assertEquals(List.of("count", "day", "gender", "names[0].x", "names[0].given", "flag"), fields);
  }

  @Test
  void aNumberPastItsTypeIsRefusedNotWrappedRound() {
    assertEquals(
        List.of("count"),
        errorsOf("{\"count\":4294969313}").stream().map(FieldError::field).toList());
    assertEquals(
        List.of("count"),
        errorsOf("{\"count\":-2147483649}").stream().map(FieldError::field).toList());
    assertEquals(
        2147483647, RecordBinder.bind(Sample.class, json("{\"count\":2147483647}")).count());
  }

  @Test
  void aDateOutsideTheYearsContactPointHoldsIsRefused() {
    assertEquals(
        List.of("day"),
        errorsOf("{\"day\":\"-999999999-01-01\"}").stream().map(FieldError::field).toList());
    assertEquals(
        List.of("day"),
        errorsOf("{\"day\":\"+999999999-12-31\"}").stream().map(FieldError::field).toList());
    assertEquals(
        List.of("day"),
        errorsOf("{\"day\":\"1899-12-31\"}").stream().map(FieldError::field).toList());
    assertEquals(
        LocalDate.of(2199, 12, 31),
        RecordBinder.bind(Sample.class, json("{\"day\":\"2199-12-31\"}")).day());
  }

  record Flags(boolean acknowledged, int times) {}

  @Test
  void primitiveFieldsBindAndDefaultWhenAbsent() {
    assertEquals(
        new Flags(true, 2),
        RecordBinder.bind(Flags.class, json("{\"acknowledged\":true,\"times\":2}")));
    assertEquals(new Flags(false, 0), RecordBinder.bind(Flags.class, json("{}")));
    try {
      RecordBinder.bind(Flags.class, json("{\"acknowledged\":\"yes\"}"));
      org.junit.jupiter.api.Assertions.fail("a word is not a flag");
    } catch (uk.contactpoint.shared.error.InvalidInputException invalid) {
      assertEquals("acknowledged", invalid.errors().get(0).field());
    }
  }
}
