package uk.contactpoint.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, the one hash of the audit trail. */
public final class AuditHashes {

  /** The predecessor of a chain's first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditHashes() {}

  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The hash an entry stores for its detail row: content and the searched surname together. */
  public static String detailHash(String content, String searchSurname) {
    return sha256(content + '\u001f' + (searchSurname == null ? "\u0000" : searchSurname));
  }
}
