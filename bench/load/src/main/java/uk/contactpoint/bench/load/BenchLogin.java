package uk.contactpoint.bench.load;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The benchmark accounts' four factors, derived from the username so that BenchUsers (which
 * stores them) and the simulation (which logs in) agree without a file of secrets. Synthetic
 * accounts on a benchmark database only; these formulas are published here on purpose.
 */
public final class BenchLogin {

  private BenchLogin() {}

  public static String username(int n) {
    return String.format(Locale.ROOT, "bench%04d", n);
  }

  public static String password(String username) {
    return "Bench-" + username + "-load-2026";
  }

  public static String pin(String username) {
    return String.format(Locale.ROOT, "%04d", Math.floorMod(username.hashCode(), 9000) + 1000);
  }

  /** 20 bytes, as TokenSecretCipher.newSecret makes them. */
  public static byte[] totpSecret(String username) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(("bench-totp-" + username).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 6238: HMAC-SHA1 over the 30-second step, dynamic truncation, 6 digits. */
  public static String totp(byte[] secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      byte[] digest = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = digest[digest.length - 1] & 0x0F;
      int binary = ((digest[offset] & 0x7F) << 24) | ((digest[offset + 1] & 0xFF) << 16) | ((digest[offset + 2] & 0xFF) << 8)
          | (digest[offset + 3] & 0xFF);
      return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static long stepNow() {
    return System.currentTimeMillis() / 1000 / 30;
  }
}
