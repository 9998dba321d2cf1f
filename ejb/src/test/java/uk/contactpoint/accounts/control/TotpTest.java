package uk.contactpoint.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

  /** The SHA-1 seed of RFC 6238 appendix B. */
  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  private static String rfcCode(long epochSeconds) {
    return Totp.codeAt(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(epochSeconds)), "HmacSHA1", 8);
  }

  @Test
  void matchesTheTestVectorsOfRfc6238() {
    assertEquals("94287082", rfcCode(59));
    assertEquals("07081804", rfcCode(1111111109));
    assertEquals("14050471", rfcCode(1111111111));
    assertEquals("89005924", rfcCode(1234567890));
    assertEquals("69279037", rfcCode(2000000000));
    assertEquals("65353130", rfcCode(20000000000L));
  }

  @Test
  void sixDigitCodesAreTheLastSixOfTheRfcValue() {
    assertEquals("287082", Totp.codeAt(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(59))));
  }

  @Test
  void acceptsOneStepOfDriftEitherSideAndNoMore() {
    long now = 1_000_000;
    for (long step = now - 1; step <= now + 1; step++) {
      assertEquals(
          OptionalLong.of(step), Totp.acceptedStep(RFC_SEED, Totp.codeAt(RFC_SEED, step), now, 0));
    }
    assertTrue(Totp.acceptedStep(RFC_SEED, Totp.codeAt(RFC_SEED, now - 2), now, 0).isEmpty());
    assertTrue(Totp.acceptedStep(RFC_SEED, Totp.codeAt(RFC_SEED, now + 2), now, 0).isEmpty());
  }

  @Test
  void aCodeIsNeverAcceptedTwice() {
    long now = 1_000_000;
    String code = Totp.codeAt(RFC_SEED, now);
    assertEquals(OptionalLong.of(now), Totp.acceptedStep(RFC_SEED, code, now, now - 1));
    assertTrue(Totp.acceptedStep(RFC_SEED, code, now, now).isEmpty());
    assertTrue(Totp.acceptedStep(RFC_SEED, Totp.codeAt(RFC_SEED, now - 1), now, now).isEmpty());
  }

  @Test
  void rejectsWhatIsNotSixDigits() {
    assertTrue(Totp.acceptedStep(RFC_SEED, "12345", 1, 0).isEmpty());
    assertTrue(Totp.acceptedStep(RFC_SEED, "abcdef", 1, 0).isEmpty());
    assertTrue(Totp.acceptedStep(RFC_SEED, null, 1, 0).isEmpty());
  }

  @Test
  void theEnrolmentUriCarriesTheBase32Secret() {
    String uri = Totp.otpauthUri("ContactPoint", "jane", RFC_SEED);
    assertEquals(
        "otpauth://totp/ContactPoint:jane?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ContactPoint&algorithm=SHA1&digits=6&period=30",
        uri);
    assertEquals(
        new String(RFC_SEED, StandardCharsets.US_ASCII),
        new String(
            Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"), StandardCharsets.US_ASCII));
  }
}
