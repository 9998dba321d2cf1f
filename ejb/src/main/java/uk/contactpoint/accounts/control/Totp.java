package uk.contactpoint.accounts.control;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, 6 digits, as
 * every authenticator app computes them. A code is accepted for the current step or one step either
 * side (clock drift), and only for a step later than the last one accepted, so an overheard code
 * cannot be replayed.
 */
public final class Totp {

  public static final int STEP_SECONDS = 30;
  public static final int DIGITS = 6;
  public static final int DRIFT_STEPS = 1;

  private Totp() {}

  public static long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
  }

  public static String codeAt(byte[] secret, long step) {
    return codeAt(secret, step, "HmacSHA1", DIGITS);
  }

  static String codeAt(byte[] secret, long step, String algorithm, int digits) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret, algorithm));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      int code = binary % (int) Math.pow(10, digits);
      return String.format("%0" + digits + "d", code);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC not available", e);
    }
  }

  /**
   * The step the typed code belongs to, if it is one of the steps allowed now and later than {@code
   * lastAcceptedStep}; empty otherwise.
   */
  public static OptionalLong acceptedStep(
      byte[] secret, String typed, long currentStep, long lastAcceptedStep) {
    if (typed == null || !typed.matches("[0-9]{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    OptionalLong accepted = OptionalLong.empty();
    // Every candidate step is computed, match or not, so timing says nothing about which matched.
    for (long step = currentStep - DRIFT_STEPS; step <= currentStep + DRIFT_STEPS; step++) {
      boolean matches =
          java.security.MessageDigest.isEqual(
              codeAt(secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
              typed.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      if (matches && step > lastAcceptedStep && accepted.isEmpty()) {
        accepted = OptionalLong.of(step);
      }
    }
    return accepted;
  }

  /** The enrolment URI an authenticator app reads from a QR code. */
  public static String otpauthUri(String issuer, String account, byte[] secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + Base32.encode(secret)
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP_SECONDS;
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
