package kz.edu.leaders.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value computed at most once per time to live, however many readers ask: every gauge of a scrape reads the same
 * look at the tables. A reader that finds it stale computes it again while the others wait for that one.
 */
final class Cached<T> {

  private final Supplier<T> compute;
  private final Duration timeToLive;
  private final Clock clock;
  private T value;
  private Instant computedAt;

  Cached(Supplier<T> compute, Duration timeToLive, Clock clock) {
    this.compute = compute;
    this.timeToLive = timeToLive;
    this.clock = clock;
  }

  synchronized T get() {
    Instant now = clock.instant();
    if (value == null || !now.isBefore(computedAt.plus(timeToLive))) {
      value = compute.get();
      computedAt = now;
    }
    return value;
  }
}
