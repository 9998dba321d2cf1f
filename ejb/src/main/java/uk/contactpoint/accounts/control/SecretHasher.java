package uk.contactpoint.accounts.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow hashes for passwords and PINs (PBKDF2-HMAC-SHA256). Each hash carries its
 * algorithm and iteration count, so the count can be raised later without breaking old hashes.
 * Password and PIN are hashed separately, each with its own salt: one can never stand in for
 * the other.
 */
public final class SecretHasher {

  /** Iterations; chosen so that the two hashes of a login stay within the login time budget. */
  public static final int ITERATIONS = 120_000;
  private static final String PREFIX = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Verified against when the username is unknown, so that answer takes as long as any other. */
  private static final String DECOY = hash("decoy-secret-never-used");

  private SecretHasher() {}

  public static String hash(String secret) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return PREFIX + "$" + ITERATIONS + "$" + b64(salt) + "$" + b64(derive(secret, salt, ITERATIONS));
  }

  public static boolean matches(String secret, String stored) {
    String[] parts = (stored == null ? DECOY : stored).split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX) || secret == null) {
      derive("x", new byte[16], ITERATIONS);
      return false;
    }
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(secret, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual) && stored != null;
  }

  private static byte[] derive(String secret, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 not available", e);
    }
  }

  /** A fast digest for high-entropy random secrets (activation codes, source keys). */
  public static String digest(String randomSecret) {
    try {
      return b64(MessageDigest.getInstance("SHA-256").digest(randomSecret.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().withoutPadding().encodeToString(bytes);
  }
}
