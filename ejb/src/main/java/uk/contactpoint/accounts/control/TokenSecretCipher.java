package uk.contactpoint.accounts.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts token secrets at rest (AES-256-GCM, a fresh nonce per secret). The key is the same on
 * every node and never in the database: a stolen database alone yields no token secrets.
 */
public final class TokenSecretCipher {

  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKeySpec key;

  public TokenSecretCipher(byte[] keyBytes) {
    if (keyBytes.length != 32) {
      throw new IllegalArgumentException(
          "The token key must be 32 bytes (base64 of 32 random bytes)");
    }
    this.key = new SecretKeySpec(keyBytes, "AES");
  }

  public String encrypt(byte[] secret) {
    try {
      byte[] nonce = new byte[12];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      cipher.updateAAD("contactpoint-totp".getBytes(StandardCharsets.US_ASCII));
      byte[] sealed = cipher.doFinal(secret);
      byte[] out = Arrays.copyOf(nonce, nonce.length + sealed.length);
      System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt a token secret", e);
    }
  }

  public byte[] decrypt(String stored) {
    try {
      byte[] in = Base64.getDecoder().decode(stored);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
      cipher.updateAAD("contactpoint-totp".getBytes(StandardCharsets.US_ASCII));
      return cipher.doFinal(in, 12, in.length - 12);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Cannot decrypt a token secret: is CP_TOTP_KEY the key it was stored with?", e);
    }
  }

  public static byte[] newSecret() {
    byte[] secret = new byte[20];
    RANDOM.nextBytes(secret);
    return secret;
  }
}
