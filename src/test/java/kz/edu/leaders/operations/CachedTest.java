package kz.edu.leaders.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One look at the tables per time to live, however many gauges a scrape reads. */
class CachedTest {

  static final class Ticking extends Clock {
    Instant now = Instant.parse("2026-12-07T10:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void computesOncePerTimeToLive() {
    Ticking clock = new Ticking();
    AtomicInteger looks = new AtomicInteger();
    Cached<Integer> cached = new Cached<>(looks::incrementAndGet, Duration.ofSeconds(30), clock);

    assertThat(cached.get()).isEqualTo(1);
    clock.now = clock.now.plusSeconds(29);
    assertThat(cached.get()).isEqualTo(1);
    assertThat(cached.get()).isEqualTo(1);
    clock.now = clock.now.plusSeconds(1);
    assertThat(cached.get()).isEqualTo(2);
    assertThat(looks).hasValue(2);
  }

  @Test
  void zeroMeansEveryRead() {
    AtomicInteger looks = new AtomicInteger();
    Cached<Integer> cached = new Cached<>(looks::incrementAndGet, Duration.ZERO, new Ticking());
    cached.get();
    cached.get();
    assertThat(looks).hasValue(2);
  }
}
