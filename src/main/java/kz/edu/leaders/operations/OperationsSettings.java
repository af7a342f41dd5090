package kz.edu.leaders.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** How dear a scrape of the metrics may be ({@code leaders.operations.*}, docs/operations.md). */
@Component("operationsSettings")
@ConfigurationProperties(prefix = "leaders.operations")
public class OperationsSettings {

  /**
   * How long one look at the tables (open tasks per group, incidents, instances per process, the outbox) answers every
   * scrape: at 50,000 open tasks the look costs tens of milliseconds, and every node answers its own scrapes.
   */
  private Duration cacheTime = Duration.ofSeconds(30);
  /**
   * Path segments of an engine API request kept in the {@code uri} tag of {@code http.server.requests} after
   * {@code /camunda/api} or {@code /engine-rest}; ids are replaced by {@code {id}} either way. More segments, more
   * series.
   */
  private int uriSegments = 6;

  public Duration getCacheTime() {
    return cacheTime;
  }

  public void setCacheTime(Duration cacheTime) {
    if (cacheTime == null || cacheTime.isNegative()) {
      throw new IllegalArgumentException("leaders.operations.cache-time must be zero or more");
    }
    this.cacheTime = cacheTime;
  }

  public int getUriSegments() {
    return uriSegments;
  }

  public void setUriSegments(int uriSegments) {
    if (uriSegments < 1) {
      throw new IllegalArgumentException("leaders.operations.uri-segments must be at least 1");
    }
    this.uriSegments = uriSegments;
  }
}
