package uk.contactpoint.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps what an audit entry stores bounded, whatever a caller typed. Every act must be audited,
 * refusals included, so an entry cannot be refused for its size; and nobody, logged in or not, may
 * fill the trail (kept for years) with megabytes. A value too long for its column is cut with a
 * marker; a long value in the detail is stored as its length and digest, enough to recognise it
 * again, never whole.
 */
public final class AuditValues {

  /** Longer detail values (a name, a reason, a message) are not kept whole. */
  public static final int DETAIL_VALUE_LIMIT = 1_000;

  /** A whole detail row at most; past it only its length and digest are kept. */
  public static final int DETAIL_LIMIT = 64_000;

  static final String CUT = "…";

  private AuditValues() {}

  /** The value cut to {@code max} characters, the last being a marker, if it is longer. */
  public static String fitted(String value, int max) {
    if (value == null || value.length() <= max) {
      return value;
    }
    return value.substring(0, max - CUT.length()) + CUT;
  }

  /** The value itself, or, past {@link #DETAIL_VALUE_LIMIT}, its length and SHA-256. */
  public static String summarisedIfLong(String value) {
    return value.length() <= DETAIL_VALUE_LIMIT ? value : summary(value);
  }

  /**
   * A detail row's JSON, or past {@link #DETAIL_LIMIT} a JSON object saying only how long it was
   * and its digest.
   */
  public static String bounded(String detailJson) {
    if (detailJson.length() <= DETAIL_LIMIT) {
      return detailJson;
    }
    return "{\"tooLarge\":\"" + summary(detailJson) + "\"}";
  }

  private static String summary(String value) {
    return "[not kept: " + value.length() + " characters, SHA-256 " + sha256(value) + "]";
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
