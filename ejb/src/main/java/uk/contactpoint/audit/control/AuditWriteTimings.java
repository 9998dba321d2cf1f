package uk.contactpoint.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/**
 * How long the latest audit writes took on this node (the audit write joins the act's transaction,
 * rule 4, so it must add at most a few milliseconds to a record access), for
 * bench/audit-overhead.sh to read through {@code GET /api/v1/audit/write-timings}. A ring of the
 * last {@value #SAMPLES} durations; the lock is held for a few nanoseconds per write.
 */
@ApplicationScoped
public class AuditWriteTimings {

  static final int SAMPLES = 10_000;

  private final long[] nanos = new long[SAMPLES];
  private long written;

  synchronized void add(long durationNanos) {
    nanos[(int) (written % SAMPLES)] = durationNanos;
    written++;
  }

  /** Percentiles over the samples held, in microseconds. */
  public synchronized Summary summary() {
    int held = (int) Math.min(written, SAMPLES);
    if (held == 0) {
      return new Summary(written, 0, 0, 0, 0, 0);
    }
    long[] sorted = Arrays.copyOf(nanos, held);
    Arrays.sort(sorted);
    return new Summary(
        written,
        held,
        micros(sorted, 0.50),
        micros(sorted, 0.95),
        micros(sorted, 0.99),
        sorted[held - 1] / 1_000);
  }

  private static long micros(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)]
        / 1_000;
  }

  /** Writes since start, samples held, and their p50/p95/p99/max in microseconds. */
  public record Summary(
      long writesSinceStart,
      int samples,
      long p50Micros,
      long p95Micros,
      long p99Micros,
      long maxMicros) {}
}
