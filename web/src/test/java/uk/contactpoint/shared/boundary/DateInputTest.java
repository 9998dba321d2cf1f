package uk.contactpoint.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** GOV.UK's three date boxes read back as one date, and the words when they are not one. */
class DateInputTest {

  private static Object read(String day, String month, String year) {
    return DateInput.read("Review on", false, new String[] {day, month, year});
  }

  @Test
  void threeBoxesAreOneDate() {
    assertEquals(LocalDate.of(2026, 3, 27), read("27", "3", "2026"));
    assertEquals(LocalDate.of(2026, 3, 7), read("07", "03", "2026"));
  }

  @Test
  void threeEmptyBoxesAreNoDateUnlessOneIsNeeded() {
    assertNull(read("", "", ""));
    assertEquals(
        "Enter review on",
        assertThrows(
                ConverterException.class,
                () -> DateInput.read("Review on", true, new String[] {"", "", ""}))
            .getFacesMessage()
            .getSummary());
  }

  @Test
  void aMissingPartIsNamed() {
    assertEquals(
        "Review on must include a day, a month and a year",
        assertThrows(ConverterException.class, () -> read("27", "", "2026"))
            .getFacesMessage()
            .getSummary());
  }

  @Test
  void aDateThatDoesNotExistIsRefusedInWords() {
    for (String[] typed :
        new String[][] {
          {"31", "2", "2026"}, {"1", "13", "2026"}, {"x", "3", "2026"}, {"27", "3", "26"}
        }) {
      assertEquals(
          "Review on must be a real date, for example 27 3 2026",
          assertThrows(ConverterException.class, () -> read(typed[0], typed[1], typed[2]))
              .getFacesMessage()
              .getSummary());
    }
  }
}
