package uk.contactpoint.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How an entry's hash is sealed: with the audit key (HMAC-SHA-256), so that someone who can write
 * to the database but does not hold the key cannot rewrite a chain and compute hashes that verify;
 * or, for entries written before a key was set, plain SHA-256. An entry stores the id of its key,
 * never the key; the id is a digest of the key, so it tells nothing of it.
 */
public final class ChainSeal {

  /** Entries written without a key (before one was set, or with none configured). */
  public static final ChainSeal UNKEYED = new ChainSeal(null, null);

  /** The length of a key's id as an entry stores it. */
  public static final int KEY_ID_LENGTH = 16;

  private static final int MINIMUM_KEY_BYTES = 32;

  private final String keyId;
  private final byte[] key;

  private ChainSeal(String keyId, byte[] key) {
    this.keyId = keyId;
    this.key = key;
  }

  /** A seal of a random key of at least 32 bytes. */
  public static ChainSeal keyed(byte[] key) {
    if (key == null || key.length < MINIMUM_KEY_BYTES) {
      throw new IllegalArgumentException(
          "An audit key needs at least " + MINIMUM_KEY_BYTES + " random bytes");
    }
    byte[] own = Arrays.copyOf(key, key.length);
    return new ChainSeal(
        AuditHashes.sha256("contactpoint-audit-key\u001f" + HexFormat.of().formatHex(own))
            .substring(0, KEY_ID_LENGTH),
        own);
  }

  /**
   * The seals of the configured keys: the current one first (base64, {@code CP_AUDIT_KEY}), then
   * the retired ones still needed to verify older entries (base64, comma-separated, {@code
   * CP_AUDIT_RETIRED_KEYS}). Either may be null.
   */
  public static java.util.List<ChainSeal> fromBase64(String current, String retired) {
    java.util.List<ChainSeal> seals = new java.util.ArrayList<>();
    java.util.stream.Stream.concat(
            java.util.stream.Stream.ofNullable(current),
            retired == null ? java.util.stream.Stream.empty() : Arrays.stream(retired.split(",")))
        .map(String::strip)
        .filter(text -> !text.isEmpty())
        .forEach(
            text -> {
              try {
                seals.add(keyed(java.util.Base64.getDecoder().decode(text)));
              } catch (IllegalArgumentException notBase64) {
                throw new IllegalArgumentException(
                    "An audit key must be base64 of at least "
                        + MINIMUM_KEY_BYTES
                        + " random bytes");
              }
            });
    return seals;
  }

  /** The key's id as entries store it; null when unkeyed. */
  public String keyId() {
    return keyId;
  }

  public boolean isKeyed() {
    return key != null;
  }

  /** The hash of an entry's canonical text under this seal, in lower-case hex. */
  public String hash(String canonical) {
    if (key == null) {
      return AuditHashes.sha256(canonical);
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  @Override
  public String toString() {
    return "ChainSeal[" + (keyId == null ? "unkeyed" : keyId) + "]";
  }
}
