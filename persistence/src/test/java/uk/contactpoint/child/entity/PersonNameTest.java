package uk.contactpoint.child.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNameTest {

  @Test
  void aNameIsLettersWithSpacesHyphensApostrophesAndStops() {
    assertTrue(PersonName.problemWith("Mary-Jane O'Neill").isEmpty());
    assertTrue(PersonName.problemWith("Zoë").isEmpty());
    assertTrue(PersonName.problemWith("St. John").isEmpty());
    assertEquals(
        "must be letters, with spaces, hyphens or apostrophes",
        PersonName.problemWith("R2D2").orElseThrow());
    assertTrue(PersonName.problemWith("Isa\u0000bella").isPresent());
    assertTrue(PersonName.problemWith("x".repeat(PersonName.PART_LENGTH + 1)).isPresent());
    assertTrue(PersonName.problemWith(" ").isPresent());
  }

  @Test
  void noNameHoldsAControlOrFormatCharacterWhoeverBuildsIt() {
    assertThrows(IllegalArgumentException.class, () -> new PersonName("Isa\u0000bella", "Mason"));
    assertThrows(IllegalArgumentException.class, () -> new PersonName("Isabella", "Ma\u200Bson"));
    assertEquals("Isabella Mason", new PersonName("  Isabella ", "Mason").fullName());
  }
}
