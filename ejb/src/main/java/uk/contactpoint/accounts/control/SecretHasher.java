package uk.contactpoint.accounts.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * How the secrets of a login are kept (docs/security.md, "Password and PIN: one Argon2id hash"):
 * password and PIN hashed <em>together, once</em>, with Argon2id at or above OWASP's guidance
 * ({@link Argon2Cost}), one 16-byte salt, stored as a PHC string {@code
 * $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH} that names its own cost, so the cost can be raised
 * later and older hashes still verify until their next login.
 *
 * <p>Why one hash over both: a login needs both secrets right anyway, so one slow hash gives the
 * same protection to the pair at half the CPU of two; and a PIN of 4–8 digits hashed on its own
 * falls to an offline search of at most 10^8 guesses, whereas here it can only be guessed together
 * with the password. The two are encoded without ambiguity (each one's UTF-8 length, as 4 bytes,
 * before it), so ("ab", "c") and ("a", "bc"), or password and PIN swapped, are different inputs.
 *
 * <p>Accounts from before still hold two PBKDF2 hashes ({@link LegacyPbkdf2}); they verify as
 * before and the check says so ({@link Check#RIGHT_BUT_OUTDATED}), so the login writes the new
 * hash. An unknown user, or an account with no usable hash, is checked against a decoy at the
 * configured cost: the same work as a real account's check, and always wrong.
 */
public final class SecretHasher {

  /** What a check of password and PIN found. */
  public enum Check {
    RIGHT,
    /**
     * Right, but held in an older form or at another cost: hash it again now that both are known.
     */
    RIGHT_BUT_OUTDATED,
    WRONG;

    public boolean isRight() {
      return this != WRONG;
    }

    public boolean needsRehash() {
      return this == RIGHT_BUT_OUTDATED;
    }
  }

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{22,86})\\$([A-Za-z0-9+/]{22,86})");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Argon2Cost COST = Argon2Cost.configured();

  /** Where hashes work, and how many run at once: see {@link HashingMemory}. */
  private static final HashingMemory MEMORY = HashingMemory.forThisMachine(COST);

  private static final Stored DECOY =
      Stored.parse(hash("decoy password never used", "0000", COST)).orElseThrow();

  private SecretHasher() {}

  /**
   * The cost of new hashes; reading it at start-up refuses a configuration below OWASP's guidance.
   */
  public static Argon2Cost cost() {
    return COST;
  }

  /** A new hash of password and PIN together, at the configured cost. */
  public static String hash(String password, String pin) {
    return hash(password, pin, COST);
  }

  /**
   * A new hash at a given cost: for tests and benchmarks; the application uses the configured one.
   */
  public static String hash(String password, String pin, Argon2Cost cost) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, pin, cost, salt, HASH_BYTES);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "$argon2id$v=19$"
        + cost
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  /**
   * Checks password and PIN against what an account holds: one Argon2id hash of both (and no PIN
   * hash), or the two PBKDF2 hashes of before. {@code null} for an unknown user. Always does the
   * work of one check, and compares in constant time.
   */
  public static Check check(
      String password, String pin, String credentialHash, String legacyPinHash) {
    if (LegacyPbkdf2.isOne(credentialHash)) {
      boolean passwordRight = LegacyPbkdf2.matches(password, credentialHash);
      boolean pinRight = LegacyPbkdf2.matches(pin, legacyPinHash);
      return passwordRight && pinRight ? Check.RIGHT_BUT_OUTDATED : Check.WRONG;
    }
    Optional<Stored> stored = Stored.parse(credentialHash);
    Stored against = stored.orElse(DECOY);
    byte[] actual =
        derive(
            password == null ? "" : password,
            pin == null ? "" : pin,
            against.cost,
            against.salt,
            against.hash.length);
    boolean right =
        MessageDigest.isEqual(against.hash, actual)
            && stored.isPresent()
            && password != null
            && pin != null;
    if (!right) {
      return Check.WRONG;
    }
    return stored.get().isCurrent() && legacyPinHash == null
        ? Check.RIGHT
        : Check.RIGHT_BUT_OUTDATED;
  }

  /** Whether a hash would be made again at the next successful login. */
  public static boolean needsRehash(String credentialHash, String legacyPinHash) {
    return legacyPinHash != null
        || Stored.parse(credentialHash).filter(Stored::isCurrent).isEmpty();
  }

  /** The cost a stored Argon2id hash was made with; empty for anything else. */
  public static Optional<Argon2Cost> costOf(String credentialHash) {
    return Stored.parse(credentialHash).map(Stored::cost);
  }

  /**
   * Each secret's UTF-8 length (4 bytes, big-endian) before it: no two pairs give the same bytes.
   */
  static byte[] encode(String password, String pin) {
    byte[] first = password.getBytes(StandardCharsets.UTF_8);
    byte[] second = pin.getBytes(StandardCharsets.UTF_8);
    byte[] encoded =
        ByteBuffer.allocate(8 + first.length + second.length)
            .putInt(first.length)
            .put(first)
            .putInt(second.length)
            .put(second)
            .array();
    Arrays.fill(first, (byte) 0);
    Arrays.fill(second, (byte) 0);
    return encoded;
  }

  private static byte[] derive(
      String password, String pin, Argon2Cost cost, byte[] salt, int length) {
    Argon2Parameters.Builder parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(cost.memoryKib())
            .withIterations(cost.iterations())
            .withParallelism(cost.parallelism())
            .withSalt(salt);
    return MEMORY.hash(
        memory -> {
          Argon2BytesGenerator generator = new Argon2BytesGenerator();
          generator.init(parameters.withBlockPool(memory).build());
          byte[] input = encode(password, pin);
          byte[] out = new byte[length];
          try {
            generator.generateBytes(input, out);
          } finally {
            Arrays.fill(input, (byte) 0);
          }
          return out;
        });
  }

  /** A parsed Argon2id PHC string. */
  private record Stored(Argon2Cost cost, byte[] salt, byte[] hash) {

    static Optional<Stored> parse(String phc) {
      Matcher m = phc == null ? null : PHC.matcher(phc);
      if (m == null || !m.matches()) {
        return Optional.empty();
      }
      try {
        Argon2Cost cost =
            new Argon2Cost(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        byte[] salt = Base64.getDecoder().decode(m.group(4));
        byte[] hash = Base64.getDecoder().decode(m.group(5));
        return salt.length >= SALT_BYTES && hash.length >= 16
            ? Optional.of(new Stored(cost, salt, hash))
            : Optional.empty();
      } catch (IllegalArgumentException malformed) {
        return Optional.empty();
      }
    }

    boolean isCurrent() {
      return cost.equals(COST) && salt.length == SALT_BYTES && hash.length == HASH_BYTES;
    }
  }

  /** A fast digest for high-entropy random secrets (activation codes, source keys). */
  public static String digest(String randomSecret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(randomSecret.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
