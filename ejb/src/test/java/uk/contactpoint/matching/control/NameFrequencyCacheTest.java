package uk.contactpoint.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A name's count holds until the register has grown past it; a census counts them all. */
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

  @Test
  void aNameTheCensusLeavesOutIsAsRareAsOneChild() {
    java.util.Map<String, Long> shared = java.util.Map.of("SMITH", 12_000L, "WREN", 2L);
    assertEquals(0.012, NameCensus.share(shared, "SMITH", 1_000_000), 1e-12);
    assertEquals(2e-6, NameCensus.share(shared, "WREN", 1_000_000), 1e-12);
    assertEquals(
        1e-6,
        NameCensus.share(shared, "QUILLAN", 1_000_000),
        1e-12,
        "held by one child or none: one child's share, as its own count would give");
  }
}
