package kz.edu.bench.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What one phase of a run did, counted once each (a task another node took is a race, not a completion). */
public final class RunStats {

  public final AtomicLong registered = new AtomicLong();
  public final AtomicLong alreadyRegistered = new AtomicLong();
  public final AtomicLong tasksCompleted = new AtomicLong();
  public final AtomicLong tasksRaced = new AtomicLong();
  public final AtomicLong taskFailures = new AtomicLong();
  public final AtomicLong testResultsPosted = new AtomicLong();
  public final AtomicLong testResultsAccepted = new AtomicLong();
  public final AtomicLong testBatches = new AtomicLong();
  public final AtomicLong jobsExecuted = new AtomicLong();
  public final AtomicLong jobsRaced = new AtomicLong();
  public final AtomicLong vacanciesRegistered = new AtomicLong();
  public final AtomicLong rounds = new AtomicLong();
  /** Rounds spent waiting for an unreachable database, and work that failed because it was. */
  public final AtomicLong outageWaits = new AtomicLong();
  public final AtomicLong outageFailures = new AtomicLong();
  public final Latencies taskCompletion = new Latencies();
  public final Map<String, AtomicLong> tasksByKey = new ConcurrentHashMap<>();
  public final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

  public void completed(String taskKey, long nanos) {
    tasksCompleted.incrementAndGet();
    taskCompletion.record(nanos);
    tasksByKey.computeIfAbsent(taskKey, k -> new AtomicLong()).incrementAndGet();
  }

  public void error(String what, Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String key = what + ": " + e.getClass().getSimpleName() + ": "
        + (message.length() > 160 ? message.substring(0, 160) : message);
    errors.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
  }

  public static Map<String, Long> plain(Map<String, AtomicLong> counts) {
    Map<String, Long> plain = new TreeMap<>();
    counts.forEach((k, v) -> plain.put(k, v.get()));
    return plain;
  }
}
