package uk.contactpoint.accounts.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The hashes of password and PIN made before they were hashed together (SecretHasher): each on its
 * own, PBKDF2-HMAC-SHA256, 120,000 iterations, 16-byte salt, stored as {@code
 * pbkdf2-sha256$ITERATIONS$SALT$HASH}. Kept only to verify accounts that have not logged in since;
 * a successful login replaces them with one Argon2id hash ({@link SecretHasher}). Nothing makes new
 * ones but tests and benchmarks that need an account of the old kind.
 */
public final class LegacyPbkdf2 {

  public static final int ITERATIONS = 120_000;
  static final String PREFIX = "pbkdf2-sha256$";
  private static final SecureRandom RANDOM = new SecureRandom();

  private LegacyPbkdf2() {}

  public static boolean isOne(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /** An old-style hash of one secret: for tests and benchmarks of the move to Argon2id only. */
  public static String hash(String secret) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX
        + ITERATIONS
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(derive(secret, salt, ITERATIONS));
  }

  /** Always derives once, whatever it is given, so a malformed hash costs what a real one does. */
  static boolean matches(String secret, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    byte[] expected;
    byte[] salt;
    int iterations;
    try {
      if (parts.length != 4 || !stored.startsWith(PREFIX) || secret == null) {
        throw new IllegalArgumentException("not a PBKDF2 hash");
      }
      iterations = Integer.parseInt(parts[1]);
      salt = Base64.getDecoder().decode(parts[2]);
      expected = Base64.getDecoder().decode(parts[3]);
      if (iterations < 1 || iterations > 10_000_000) {
        throw new IllegalArgumentException("iterations out of range");
      }
    } catch (IllegalArgumentException malformed) {
      derive("x", new byte[16], ITERATIONS);
      return false;
    }
    return MessageDigest.isEqual(expected, derive(secret, salt, iterations));
  }

  private static byte[] derive(String secret, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
      try {
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(spec)
            .getEncoded();
      } finally {
        spec.clearPassword();
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 not available", e);
    }
  }
}
