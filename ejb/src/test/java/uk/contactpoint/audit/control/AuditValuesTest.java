package uk.contactpoint.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditValuesTest {

  @Test
  void aValueTooLongForItsColumnIsCutWithAMarker() {
    assertEquals("short", AuditValues.fitted("short", 10));
    String cut = AuditValues.fitted("u".repeat(200), 80);
    assertEquals(80, cut.length());
    assertTrue(cut.endsWith("…"));
  }

  @Test
  void aLongDetailValueIsKeptAsItsLengthAndDigestNotWhole() {
    String megabyte = "x".repeat(1_000_000);
    String stored = AuditTrail.json(Map.of("username", megabyte, "refused", "wrong factor"));
    assertTrue(stored.length() < 300, stored);
    assertTrue(
        stored.contains("1000000 characters, SHA-256 ") && stored.contains("wrong factor"), stored);
  }

  @Test
  void aDetailOfManyValuesIsBoundedAsAWhole() {
    Map<String, Object> many = new java.util.TreeMap<>();
    for (int i = 0; i < 200; i++) {
      many.put("field" + i, "v".repeat(900));
    }
    String bounded = AuditValues.bounded(AuditTrail.json(many));
    assertTrue(bounded.length() < 300 && bounded.contains("tooLarge"), bounded);
  }
}
