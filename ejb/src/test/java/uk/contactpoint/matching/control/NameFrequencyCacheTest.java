package uk.contactpoint.matching.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A name's count holds until the register has grown past it. */
class NameFrequencyCacheTest {

  @Test
  void aCountMadeWhenTheRegisterWasMarkedlySmallerIsMadeAgain() {
    assertTrue(
        NameFrequencyCache.outgrown(0, 101), "the first load: counted against an empty register");
    assertFalse(NameFrequencyCache.outgrown(0, 100));
    assertTrue(NameFrequencyCache.outgrown(10_000, 11_001), "a tenth more");
    assertFalse(NameFrequencyCache.outgrown(10_000, 11_000));
    assertFalse(
        NameFrequencyCache.outgrown(11_000_000, 11_000_500),
        "a national register's daily growth keeps its counts");
    assertFalse(
        NameFrequencyCache.outgrown(10_000, 9_000),
        "a register that shrank (a purge) keeps them too");
  }
}
