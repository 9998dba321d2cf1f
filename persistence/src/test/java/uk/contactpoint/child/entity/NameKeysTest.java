package uk.contactpoint.child.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameKeysTest {

  @Test
  void tokensAreUpperCaseLettersWithoutAccentsOrApostrophes() {
    assertEquals(List.of("SEAN", "OBRIEN", "SMITH"), NameKeys.tokens("Seán O'Brien-Smith"));
    assertEquals(List.of("ZOE"), NameKeys.tokens("  zoë "));
    assertEquals(List.of(), NameKeys.tokens("123 !"));
  }

  @Test
  void aCarersKeyIsTheWholeNameBehindAMarkNoNameKeyBeginsWith() {
    assertEquals(Optional.of("~MARY ANN OBRIEN"), NameKeys.carerKey("Mary-Ann  O'Brien"));
    assertEquals(Optional.of("~ZOE DARCY"), NameKeys.carerKey(" Zoë d’Arcy "));
    assertEquals(Optional.empty(), NameKeys.carerKey("--"));
    String longName =
        NameKeys.carerKey("Bartholomew-Maximilian Featherstonehaugh-Cholmondeley").get();
    assertEquals(NameKeys.KEY_LENGTH, longName.length());
    assertTrue(NameKeys.isCarerKey(longName));
    for (String key : NameKeys.keysOf(List.of("Mary-Ann O'Brien", "~Tilde"))) {
      assertFalse(NameKeys.isCarerKey(key), key);
    }
  }

  @Test
  void misspellingsOfKellyShareAKeyWithKelly() {
    Set<String> kelly = NameKeys.keysOf(List.of("Kelly"));
    for (String typed : List.of("Kely", "Kelli", "Kellie", "Kelley")) {
      Set<String> shared = new HashSet<>(NameKeys.keysOf(List.of(typed)));
      shared.retainAll(kelly);
      assertFalse(shared.isEmpty(), typed + " shares no key with Kelly");
    }
  }

  @Test
  void aShortFormSharesAKeyWithItsFullForm() {
    Set<String> libby = NameKeys.keysOf(List.of("Libby"));
    assertTrue(libby.contains("ELIZABETH"));
    assertTrue(NameKeys.keysOf(List.of("Elizabeth")).contains("ELIZABETH"));
    assertTrue(NameKeys.sameFullForm("LIBBY", "ELIZABETH"));
    assertTrue(NameKeys.sameFullForm("LIBBY", "BETH"));
    assertFalse(NameKeys.sameFullForm("LIBBY", "KATE"));
  }

  @Test
  void differentSoundingNamesShareNoKey() {
    Set<String> shared = new HashSet<>(NameKeys.keysOf(List.of("Kelly")));
    shared.retainAll(NameKeys.keysOf(List.of("Olivia")));
    assertTrue(shared.isEmpty());
  }

  @Test
  void keysFitTheColumn() {
    String longName = "A".repeat(80);
    NameKeys.keysOf(List.of(longName))
        .forEach(key -> assertTrue(key.length() <= NameKeys.KEY_LENGTH));
  }
}
