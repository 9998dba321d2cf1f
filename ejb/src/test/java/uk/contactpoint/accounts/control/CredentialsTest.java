package uk.contactpoint.accounts.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.contactpoint.shared.error.FieldError;

class CredentialsTest {

  @Test
  void tokenSecretsAreEncryptedWithAFreshNonceAndNeedTheKey() {
    byte[] secret = TokenSecretCipher.newSecret();
    TokenSecretCipher cipher = new TokenSecretCipher(new byte[32]);
    String sealed = cipher.encrypt(secret);
    assertNotEquals(sealed, cipher.encrypt(secret));
    assertArrayEquals(secret, cipher.decrypt(sealed));
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;
    assertThrows(
        IllegalStateException.class, () -> new TokenSecretCipher(otherKey).decrypt(sealed));
  }

  @Test
  void passwordAndPinRules() {
    assertEquals(List.of(), CredentialRules.check("jane", "long enough password", "2468"));
    assertEquals(List.of("password"), fields(CredentialRules.check("jane", "short", "2468")));
    assertEquals(
        List.of("password"), fields(CredentialRules.check("janecarter12", "JaneCarter12", "2468")));
    assertEquals(
        List.of("pin"), fields(CredentialRules.check("jane", "long enough password", "12a4")));
    assertEquals(
        List.of("pin"), fields(CredentialRules.check("jane", "long enough password", "123456789")));
  }

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }

  @Test
  void activationCodesAreTwelveUnambiguousCharacters() {
    String code = ActivationCodes.newCode();
    assertTrue(code.matches("[A-HJ-NP-Z2-9]{12}"), code);
  }
}
