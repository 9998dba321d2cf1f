package uk.contactpoint.accounts.control;

import java.util.List;
import uk.contactpoint.shared.control.Settings;

/**
 * What one Argon2id hash of a login costs: memory in KiB, passes over it, lanes. New hashes are
 * made at the configured cost ({@link #configured()}); a stored hash keeps the cost it was made
 * with, and is made again at the next login when that differs.
 *
 * <p>The cost may not fall below OWASP's Password Storage Cheat Sheet: at least one of its Argon2id
 * rows, which it rates as equally strong, must be met in both memory and passes.
 */
public record Argon2Cost(int memoryKib, int iterations, int parallelism) {

  /** OWASP's m=19 MiB, t=2, p=1: ContactPoint's default. */
  public static final Argon2Cost OWASP_19_MIB = new Argon2Cost(19_456, 2, 1);

  /** OWASP's equally strong rows (memory KiB, passes), all with one lane. */
  private static final List<int[]> OWASP_ROWS =
      List.of(
          new int[] {47_104, 1},
          new int[] {19_456, 2},
          new int[] {12_288, 3},
          new int[] {9_216, 4},
          new int[] {7_168, 5});

  /**
   * Upper bounds, so that a tampered stored hash cannot make one login take the server's memory.
   */
  private static final int MAX_MEMORY_KIB = 1 << 20;

  private static final int MAX_ITERATIONS = 64;
  private static final int MAX_PARALLELISM = 16;

  public Argon2Cost {
    if (memoryKib < 8 * parallelism
        || memoryKib > MAX_MEMORY_KIB
        || iterations < 1
        || iterations > MAX_ITERATIONS
        || parallelism < 1
        || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException(
          "not an Argon2 cost: m=" + memoryKib + ", t=" + iterations + ", p=" + parallelism);
    }
  }

  /** Whether this cost meets at least one of OWASP's Argon2id rows. */
  public boolean meetsOwasp() {
    return OWASP_ROWS.stream().anyMatch(row -> memoryKib >= row[0] && iterations >= row[1]);
  }

  /**
   * The cost of new hashes: CP_ARGON2_MEMORY_KIB, CP_ARGON2_ITERATIONS, CP_ARGON2_PARALLELISM (or
   * cp.argon2.… system properties), each defaulting to OWASP's m=19 MiB, t=2, p=1. A cost below
   * OWASP's guidance is refused.
   */
  public static Argon2Cost configured() {
    Argon2Cost cost =
        new Argon2Cost(
            number("CP_ARGON2_MEMORY_KIB", OWASP_19_MIB.memoryKib),
            number("CP_ARGON2_ITERATIONS", OWASP_19_MIB.iterations),
            number("CP_ARGON2_PARALLELISM", OWASP_19_MIB.parallelism));
    if (!cost.meetsOwasp()) {
      throw new IllegalStateException(
          "CP_ARGON2_* is below OWASP's Argon2id guidance ("
              + cost
              + "): use at least m=19456 KiB with t=2, or another row of the cheat sheet");
    }
    return cost;
  }

  private static int number(String name, int fallback) {
    return Settings.get(name).map(String::strip).map(Integer::parseInt).orElse(fallback);
  }

  @Override
  public String toString() {
    return "m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism;
  }
}
