package uk.contactpoint.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import uk.contactpoint.accounts.control.Argon2Cost;
import uk.contactpoint.accounts.control.LegacyPbkdf2;
import uk.contactpoint.accounts.control.SecretHasher;

/**
 * CPU of one check of a login's password and PIN, with production's SecretHasher: the
 * two PBKDF2 hashes of before, one Argon2id hash at the configured cost, the decoy of an unknown
 * user, and OWASP's other Argon2id rows for comparison. One thread, CPU time of that thread
 * (ThreadMXBean), after a warm-up. Prints what 10 logins at once cost on 2 cores at the least
 * (the floor of login-10's latency). Not a test, never in CI; run it on a quiet machine:
 *
 * <pre>flock /tmp/cp-maven.lock java -cp "bench/load/target/classes:bench/load/target/lib/*" uk.contactpoint.bench.load.HashCost [ROUNDS]</pre>
 */
public final class HashCost {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    String password = BenchLogin.password("bench0001");
    String pin = BenchLogin.pin("bench0001");
    String oldPassword = LegacyPbkdf2.hash(password);
    String oldPin = LegacyPbkdf2.hash(pin);
    String current = SecretHasher.hash(password, pin);
    System.out.printf("HashCost: %d rounds each after %d to warm up, %s, %d cores%n", rounds, rounds / 4,
        System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors());
    System.out.println("check                                   CPU mean   p50      p95      wall mean  10 logins / 2 cores");
    measure("PBKDF2-SHA256 120,000 x 2 (before)", rounds, () -> SecretHasher.check(password, pin, oldPassword, oldPin));
    measure("Argon2id " + SecretHasher.cost() + " (after)", rounds, () -> SecretHasher.check(password, pin, current, null));
    measure("decoy, unknown user (after)", rounds, () -> SecretHasher.check(password, pin, null, null));
    for (Argon2Cost row : List.of(new Argon2Cost(47_104, 1, 1), new Argon2Cost(12_288, 3, 1), new Argon2Cost(9_216, 4, 1),
        new Argon2Cost(7_168, 5, 1))) {
      String stored = SecretHasher.hash(password, pin, row);
      measure("Argon2id " + row + " (OWASP row)", rounds, () -> SecretHasher.check(password, pin, stored, null));
    }
  }

  private static void measure(String name, int rounds, Supplier<SecretHasher.Check> check) {
    boolean decoy = name.startsWith("decoy");
    for (int i = 0; i < rounds / 4; i++) {
      require(check.get(), decoy);
    }
    long[] cpu = new long[rounds];
    long wallStart = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      long start = CPU.getCurrentThreadCpuTime();
      SecretHasher.Check result = check.get();
      cpu[i] = CPU.getCurrentThreadCpuTime() - start;
      require(result, decoy);
    }
    double wall = (System.nanoTime() - wallStart) / 1e6 / rounds;
    Arrays.sort(cpu);
    double mean = Arrays.stream(cpu).average().orElse(0) / 1e6;
    System.out.printf("%-39s %6.1f ms %6.1f ms %6.1f ms %6.1f ms   %6.0f ms%n", name, mean, cpu[rounds / 2] / 1e6,
        cpu[(int) Math.ceil(rounds * 0.95) - 1] / 1e6, wall, mean * 10 / 2);
  }

  /** The decoy is always wrong; every other check must be right, or its figure would measure a failure. */
  private static void require(SecretHasher.Check result, boolean decoy) {
    if (result.isRight() == decoy) {
      throw new IllegalStateException("unexpected " + result);
    }
  }
}
