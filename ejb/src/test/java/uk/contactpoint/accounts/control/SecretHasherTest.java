package uk.contactpoint.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.contactpoint.accounts.control.SecretHasher.Check;

class SecretHasherTest {

  private static final String PASSWORD = "correct horse battery";
  private static final String PIN = "2468";

  @Test
  void oneHashOfPasswordAndPinVerifiesOnlyThatPair() {
    String stored = SecretHasher.hash(PASSWORD, PIN);
    assertEquals(Check.RIGHT, SecretHasher.check(PASSWORD, PIN, stored, null));
    assertEquals(
        Check.WRONG,
        SecretHasher.check("correct horse batterY", PIN, stored, null),
        "wrong password");
    assertEquals(Check.WRONG, SecretHasher.check(PASSWORD, "2469", stored, null), "wrong PIN");
    assertEquals(
        Check.WRONG, SecretHasher.check(PIN, PASSWORD, stored, null), "password and PIN swapped");
    assertEquals(Check.WRONG, SecretHasher.check(PASSWORD, null, stored, null), "no PIN");
    assertEquals(Check.WRONG, SecretHasher.check(null, PIN, stored, null), "no password");
  }

  /**
   * Made by the reference implementation (Debian's argon2 1.0 CLI, from the encoded pair): {@code
   * printf '\x00\x00\x00\x15correct horse battery\x00\x00\x00\x042468' | argon2 contactpointsalt
   * -id -t 2 -k 19456 -p 1 -l 32}. Pins the encoding: were it to change, every stored hash would
   * stop verifying.
   */
  @Test
  void aHashOfTheReferenceImplementationVerifies() {
    String reference =
        "$argon2id$v=19$m=19456,t=2,p=1$Y29udGFjdHBvaW50c2FsdA$InMJkLs/oADqQk0aVvlVzUGGmbDd8KXhnRNlFwIDbqQ";
    assertEquals(Check.RIGHT, SecretHasher.check(PASSWORD, PIN, reference, null));
    assertEquals(Check.WRONG, SecretHasher.check(PASSWORD + PIN, "", reference, null));
  }

  @Test
  void whereOneSecretEndsAndTheOtherBeginsIsPartOfTheHash() {
    String stored = SecretHasher.hash("ab", "c");
    assertEquals(Check.RIGHT, SecretHasher.check("ab", "c", stored, null));
    assertEquals(Check.WRONG, SecretHasher.check("a", "bc", stored, null));
    assertEquals(Check.WRONG, SecretHasher.check("abc", "", stored, null));
    assertEquals(Check.WRONG, SecretHasher.check("", "abc", stored, null));
    assertFalse(Arrays.equals(SecretHasher.encode("ab", "c"), SecretHasher.encode("a", "bc")));
    assertFalse(Arrays.equals(SecretHasher.encode("ab", "c"), SecretHasher.encode("c", "ab")));
  }

  @Test
  void aHashIsSaltedAndNamesItsOwnCost() {
    String first = SecretHasher.hash(PASSWORD, PIN);
    String second = SecretHasher.hash(PASSWORD, PIN);
    assertNotEquals(first, second);
    assertTrue(
        first.matches(
            "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"),
        first);
    assertEquals(Optional.of(new Argon2Cost(19_456, 2, 1)), SecretHasher.costOf(first));
    assertEquals(
        Argon2Cost.OWASP_19_MIB, SecretHasher.cost(), "the default cost, with nothing configured");
    assertEquals(Optional.empty(), SecretHasher.costOf(LegacyPbkdf2.hash(PASSWORD)));
    assertEquals(
        Optional.empty(),
        SecretHasher.costOf(
            "$argon2id$v=19$m=99999999,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$" + "A".repeat(43)));
  }

  @Test
  void aHashMadeAtAnotherCostStillVerifiesAndIsMadeAgain() {
    Argon2Cost other = new Argon2Cost(7_168, 5, 1);
    String stored = SecretHasher.hash(PASSWORD, PIN, other);
    assertEquals(Optional.of(other), SecretHasher.costOf(stored));
    assertEquals(Check.RIGHT_BUT_OUTDATED, SecretHasher.check(PASSWORD, PIN, stored, null));
    assertEquals(Check.WRONG, SecretHasher.check(PASSWORD, "2469", stored, null));
    assertTrue(SecretHasher.needsRehash(stored, null));
    assertFalse(SecretHasher.needsRehash(SecretHasher.hash(PASSWORD, PIN), null));
  }

  @Test
  void theOldPairOfPbkdf2HashesStillVerifiesAndIsMadeAgain() {
    String oldPassword = LegacyPbkdf2.hash(PASSWORD);
    String oldPin = LegacyPbkdf2.hash(PIN);
    assertTrue(oldPassword.startsWith("pbkdf2-sha256$120000$"));
    assertEquals(Check.RIGHT_BUT_OUTDATED, SecretHasher.check(PASSWORD, PIN, oldPassword, oldPin));
    assertTrue(Check.RIGHT_BUT_OUTDATED.isRight() && Check.RIGHT_BUT_OUTDATED.needsRehash());
    assertEquals(
        Check.WRONG,
        SecretHasher.check("correct horse batterY", PIN, oldPassword, oldPin),
        "wrong password");
    assertEquals(
        Check.WRONG, SecretHasher.check(PASSWORD, "2469", oldPassword, oldPin), "wrong PIN");
    assertEquals(Check.WRONG, SecretHasher.check(PIN, PASSWORD, oldPassword, oldPin), "swapped");
    assertEquals(
        Check.WRONG,
        SecretHasher.check(PASSWORD, PIN, oldPassword, null),
        "a PIN hash is needed beside it");
    assertTrue(SecretHasher.needsRehash(oldPassword, oldPin));
  }

  @Test
  void noUsableHashIsAlwaysWrong() {
    assertEquals(
        Check.WRONG, SecretHasher.check(PASSWORD, PIN, null, null), "unknown user: the decoy");
    assertEquals(
        Check.WRONG,
        SecretHasher.check("decoy password never used", "0000", null, null),
        "not even the decoy's own secrets");
    assertEquals(Check.WRONG, SecretHasher.check(PASSWORD, PIN, "not a hash", null));
    assertEquals(
        Check.WRONG,
        SecretHasher.check(PASSWORD, PIN, "$argon2id$v=19$m=19456,t=2,p=1$!!$!!", null));
    assertEquals(Check.WRONG, SecretHasher.check(null, null, null, null));
    assertTrue(SecretHasher.needsRehash(null, null));
  }

  @Test
  void aCostBelowOwaspsGuidanceIsRefused() {
    assertTrue(Argon2Cost.OWASP_19_MIB.meetsOwasp());
    assertTrue(new Argon2Cost(47_104, 1, 1).meetsOwasp());
    assertTrue(new Argon2Cost(7_168, 5, 1).meetsOwasp());
    assertTrue(new Argon2Cost(65_536, 3, 2).meetsOwasp());
    assertFalse(new Argon2Cost(19_456, 1, 1).meetsOwasp());
    assertFalse(new Argon2Cost(12_000, 3, 1).meetsOwasp());
    assertThrows(IllegalArgumentException.class, () -> new Argon2Cost(4, 1, 1));
    System.setProperty("cp.argon2.iterations", "1");
    try {
      assertThrows(IllegalStateException.class, Argon2Cost::configured);
      System.setProperty("cp.argon2.memory.kib", "47104");
      assertEquals(new Argon2Cost(47_104, 1, 1), Argon2Cost.configured());
    } finally {
      System.clearProperty("cp.argon2.iterations");
      System.clearProperty("cp.argon2.memory.kib");
    }
  }
}
