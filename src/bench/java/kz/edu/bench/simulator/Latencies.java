package kz.edu.bench.simulator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latency samples in microseconds, kept whole (a run has at most some tens of thousands), with nearest-rank
 * percentiles. A plain sorted array rather than a histogram library: exact, and no dependency.
 */
public final class Latencies {

  private long[] samples = new long[1024];
  private int size;

  public synchronized void record(long nanos) {
    if (size == samples.length) {
      samples = Arrays.copyOf(samples, size * 2);
    }
    samples[size++] = Math.max(0, nanos / 1000);
  }

  public synchronized int count() {
    return size;
  }

  /** The nearest-rank percentile (0 < p <= 100) in milliseconds; 0 without samples. */
  public synchronized double percentileMillis(double p) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    return percentile(sorted, p) / 1000.0;
  }

  static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
  }

  /** count, p50, p95, p99, max in milliseconds. */
  public synchronized Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("count", size);
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    for (double p : new double[] {50, 95, 99}) {
      summary.put("p" + (int) p + "Ms", size == 0 ? 0.0 : round(percentile(sorted, p) / 1000.0));
    }
    summary.put("maxMs", size == 0 ? 0.0 : round(sorted[size - 1] / 1000.0));
    return summary;
  }

  private static double round(double millis) {
    return Math.round(millis * 10) / 10.0;
  }
}
