package uk.contactpoint.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainSealTest {

  private static final byte[] KEY =
      "thirty-two-bytes-of-a-random-key".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OTHER =
      "another-thirty-two-bytes-of-key!".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aKeyedHashNeedsTheKey() {
    String canonical = "chain\u001f1\u001f" + "0".repeat(64);
    String keyed = ChainSeal.keyed(KEY).hash(canonical);
    assertEquals(
        keyed, ChainSeal.keyed(KEY.clone()).hash(canonical), "the same key, the same hash");
    assertNotEquals(keyed, ChainSeal.keyed(OTHER).hash(canonical));
    assertNotEquals(keyed, ChainSeal.UNKEYED.hash(canonical));
    assertEquals(
        AuditHashes.sha256(canonical),
        ChainSeal.UNKEYED.hash(canonical),
        "entries before the key still verify");
  }

  @Test
  void aKeyIsNamedByAnIdThatIsNotTheKey() {
    ChainSeal seal = ChainSeal.keyed(KEY);
    assertEquals(ChainSeal.KEY_ID_LENGTH, seal.keyId().length());
    assertEquals(seal.keyId(), ChainSeal.keyed(KEY).keyId());
    assertNotEquals(seal.keyId(), ChainSeal.keyed(OTHER).keyId());
    assertFalse(seal.toString().contains(new String(KEY, StandardCharsets.US_ASCII)));
    assertNull(ChainSeal.UNKEYED.keyId());
  }

  @Test
  void theCurrentKeyComesFirstAndAShortOrGarbledKeyIsRefused() {
    String current = Base64.getEncoder().encodeToString(KEY);
    String retired = Base64.getEncoder().encodeToString(OTHER);
    List<ChainSeal> seals = ChainSeal.fromBase64(current, " " + retired + " ,");
    assertEquals(
        List.of(ChainSeal.keyed(KEY).keyId(), ChainSeal.keyed(OTHER).keyId()),
        seals.stream().map(ChainSeal::keyId).toList());
    assertTrue(ChainSeal.fromBase64(null, null).isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () -> ChainSeal.fromBase64(Base64.getEncoder().encodeToString(new byte[16]), null));
    assertThrows(IllegalArgumentException.class, () -> ChainSeal.fromBase64("not base64!", null));
  }
}
