package kz.edu.leaders.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox in {@code /actuator/health} ("notifications", details for administrators): the rows per state and the
 * oldest row still waiting to be sent. Always UP while the table answers: a backlog does not make the app unready to
 * serve (Tasklist works without mail), so it is the metric {@code leaders_notifications_oldest_age_seconds} that an
 * alert watches (docs/operations.md, "Monitoring").
 */
@Component
public class NotificationsHealthIndicator extends AbstractHealthIndicator {

  private final NotificationRepository outbox;
  private final JdbcTemplate jdbc;
  private final Clock clock = Clock.systemUTC();

  public NotificationsHealthIndicator(NotificationRepository outbox, JdbcTemplate jdbc) {
    super("The notification outbox could not be read");
    this.outbox = outbox;
    this.jdbc = jdbc;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.up().withDetail("states", outbox.backlog());
    // The index on (state, next_attempt_at) finds the few waiting rows among the many sent.
    Map<String, Object> oldest = new LinkedHashMap<>();
    Instant now = clock.instant();
    jdbc.query("SELECT state, MIN(created_at) FROM notification WHERE state IN ('QUEUED', 'SENDING', 'FAILED') "
        + "GROUP BY state ORDER BY state", rs -> {
          Timestamp at = rs.getTimestamp(2);
          if (at != null) {
            oldest.put(rs.getString(1), Map.of("queuedAt", at.toInstant().toString(),
                "age", Duration.between(at.toInstant(), now).withNanos(0).toString()));
          }
        });
    builder.withDetail("oldestWaiting", oldest);
  }
}
