package uk.contactpoint.child.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

  @Test
  void acceptsANumberWhoseCheckDigitIsRight() {
    assertEquals("9434765919", NhsNumber.of("943 476 5919").value());
    assertTrue(NhsNumber.isValid("4010232137"));
  }

  @Test
  void rejectsAWrongCheckDigit() {
    assertFalse(NhsNumber.isValid("9434765918"));
  }

  @Test
  void rejectsTwoDigitsSwapped() {
    assertFalse(NhsNumber.isValid("9434765991"));
    assertFalse(NhsNumber.isValid("4943765919"));
  }

  @Test
  void rejectsAStemWhoseCheckWouldBeTen() {
    // 1 0 0 0 0 0 0 0 1: weighted sum 1*10 + 1*2 = 12; 12 mod 11 = 1; 11 - 1 = 10.
    for (int last = 0; last <= 9; last++) {
      assertFalse(NhsNumber.isValid("100000001" + last));
    }
  }

  @Test
  void rejectsAnythingButTenDigits() {
    assertThrows(IllegalArgumentException.class, () -> NhsNumber.of("943476591"));
    assertThrows(IllegalArgumentException.class, () -> NhsNumber.of("94347659190"));
    assertThrows(IllegalArgumentException.class, () -> NhsNumber.of("94347A5919"));
    assertThrows(IllegalArgumentException.class, () -> NhsNumber.of(null));
  }

  @Test
  void printsInTheUsualGroups() {
    assertEquals("943 476 5919", NhsNumber.of("9434765919").toString());
  }
}
