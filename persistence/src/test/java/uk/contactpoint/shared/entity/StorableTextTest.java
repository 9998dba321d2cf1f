package uk.contactpoint.shared.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StorableTextTest {

  @Test
  void freeTextWithItsLineBreaksAndAnyAlphabetIsStorable() {
    assertTrue(StorableText.isStorable("Kelly's mum rang.\r\nSee\tnotes: Zoë, Łukasz, 王秀英, 😀"));
    assertTrue(StorableText.isStorable(""));
    assertTrue(StorableText.isStorable(null));
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreNot() {
    assertFalse(StorableText.isStorable("Ann\u0000e"));
    assertFalse(StorableText.isStorable("Ann\u0007e"));
    assertFalse(StorableText.isStorable("\u001b[31mred"));
    assertFalse(StorableText.isStorable("del\u007f"));
    assertFalse(StorableText.isStorable("c1\u0085"));
    assertFalse(StorableText.isStorable("\uD800"));
    assertFalse(StorableText.isStorable("x\uDC00y"));
    assertFalse(StorableText.isStorable("\uD83D\uD83D\uDE00"));
  }
}
