package uk.contactpoint.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UpnTest {

  @Test
  void theCheckLetterIsTheWeightedSumModulo23() {
    // 8*2 + 1*4 + 2*5 + 1*10 + 1*13 = 53; 53 mod 23 = 7, the eighth letter without I and O: H.
    assertEquals('H', Upn.checkLetter("801200001001"));
    assertTrue(Upn.isValid("H801200001001"));
  }

  @Test
  void aWrongCheckLetterAWrongDigitOrAWrongShapeIsRefused() {
    assertFalse(Upn.isValid("A801200001001"));
    assertFalse(Upn.isValid("H801200001002"));
    assertFalse(Upn.isValid("H80120000100"));
    assertFalse(Upn.isValid("I801200001001"));
    assertFalse(Upn.isValid(null));
  }

  @Test
  void aTemporaryUpnEndsInALetter() {
    String rest = "80120000100A";
    assertTrue(Upn.isValid(Upn.checkLetter(rest) + rest));
  }
}
