package kz.edu.leaders.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Inserts run in the caller's transaction (the engine's, from a delegate); the worker's claims and
 * answers are single statements on their own. Claiming is a conditional UPDATE per row, so two nodes that pick the
 * same row cannot both win it; the SQL is plain enough for H2 and PostgreSQL alike.
 */
@Repository
public class NotificationRepository {

  public static final String QUEUED = "QUEUED";
  public static final String SENDING = "SENDING";
  public static final String SENT = "SENT";
  public static final String FAILED = "FAILED";
  public static final String FAILED_PERMANENTLY = "FAILED_PERMANENTLY";
  public static final List<String> STATES = List.of(QUEUED, SENDING, SENT, FAILED, FAILED_PERMANENTLY);

  /** Rows a worker may take: due and waiting, or claimed by a worker whose claim ran out (it died). */
  private static final String DUE = """
      ((state IN ('QUEUED', 'FAILED') AND next_attempt_at <= ?) OR (state = 'SENDING' AND claimed_until < ?))""";

  private final JdbcTemplate jdbc;

  public NotificationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Queues the row unless its key is there already; true if it was queued now. */
  public boolean insertOnce(String key, String event, String recipientKind, String recipientRef, String channel,
                            String address, String language, String subject, String body, String redactedBody,
                            String state, String error) {
    // INSERT ... SELECT ... WHERE NOT EXISTS rather than catching a duplicate: on PostgreSQL a failed statement
    // would doom the engine's whole transaction.
    return jdbc.update("""
        INSERT INTO notification (idempotency_key, event, recipient_kind, recipient_ref, channel, address, language,
          subject, body, redacted_body, state, attempts, next_attempt_at, last_error, created_at)
        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP FROM (VALUES (1)) one
        WHERE NOT EXISTS (SELECT 1 FROM notification WHERE idempotency_key = ?)""",
        key, event, recipientKind, recipientRef, channel, address, language, subject, body, redactedBody, state, error,
        key) == 1;
  }

  /** Ids of rows due now, oldest first. */
  public List<Long> due(Instant now, int limit) {
    Timestamp at = Timestamp.from(now);
    return jdbc.queryForList("SELECT id FROM notification WHERE " + DUE + " ORDER BY next_attempt_at, id"
        + " FETCH FIRST " + limit + " ROWS ONLY", Long.class, at, at);
  }

  /** Takes the row for the worker until the given time; false if another worker has it. */
  public boolean claim(long id, String worker, Instant now, Instant until) {
    Timestamp at = Timestamp.from(now);
    return jdbc.update("UPDATE notification SET state = 'SENDING', claimed_by = ?, claimed_until = ? WHERE id = ? AND "
        + DUE, worker, Timestamp.from(until), id, at, at) == 1;
  }

  /**
   * The rest of the answer is recorded only while the claim is this worker's. A body with a secret is replaced by its
   * redacted one: a sent message is not sent again (resend takes failed ones only), so its secret is no longer needed.
   */
  public boolean markSent(long id, String worker, Instant at) {
    return jdbc.update("""
        UPDATE notification SET state = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL,
          body = COALESCE(redacted_body, body), claimed_by = NULL, claimed_until = NULL
        WHERE id = ? AND state = 'SENDING' AND claimed_by = ?""",
        Timestamp.from(at), id, worker) == 1;
  }

  public void markRefused(long id, String worker, String answer, int attempts, boolean permanently, Instant next) {
    jdbc.update("""
        UPDATE notification SET state = ?, attempts = ?, last_error = ?, next_attempt_at = ?, claimed_by = NULL,
          claimed_until = NULL WHERE id = ? AND state = 'SENDING' AND claimed_by = ?""",
        permanently ? FAILED_PERMANENTLY : FAILED, attempts, truncate(answer), Timestamp.from(next), id, worker);
  }

  /** Back in the queue, its attempts untouched: the server could not be asked. */
  public void markWaiting(long id, String worker, String reason, Instant next) {
    jdbc.update("""
        UPDATE notification SET state = 'QUEUED', last_error = ?, next_attempt_at = ?, claimed_by = NULL,
          claimed_until = NULL WHERE id = ? AND state = 'SENDING' AND claimed_by = ?""",
        truncate(reason), Timestamp.from(next), id, worker);
  }

  /** A failed notification queued again by an administrator, with its attempts counted afresh. */
  public boolean resend(long id) {
    return jdbc.update("""
        UPDATE notification SET state = 'QUEUED', attempts = 0, next_attempt_at = CURRENT_TIMESTAMP
        WHERE id = ? AND state IN ('FAILED', 'FAILED_PERMANENTLY')""", id) == 1;
  }

  public Optional<Row> find(long id) {
    return jdbc.query("SELECT * FROM notification WHERE id = ?", NotificationRepository::row, id).stream().findFirst();
  }

  public List<Row> findByKey(String key) {
    return jdbc.query("SELECT * FROM notification WHERE idempotency_key = ?", NotificationRepository::row, key);
  }

  public List<Row> list(String state, String recipientKind, String event, String recipientRef, int offset,
                        int limit) {
    List<Object> args = new ArrayList<>();
    String where = filter(state, recipientKind, event, recipientRef, args);
    return jdbc.query("SELECT * FROM notification" + where + " ORDER BY id DESC OFFSET " + offset
        + " ROWS FETCH FIRST " + limit + " ROWS ONLY", NotificationRepository::row, args.toArray());
  }

  public long count(String state, String recipientKind, String event, String recipientRef) {
    List<Object> args = new ArrayList<>();
    String where = filter(state, recipientKind, event, recipientRef, args);
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM notification" + where, Long.class, args.toArray());
    return count == null ? 0 : count;
  }

  /** Rows per state, every state named (zero included). */
  public Map<String, Long> backlog() {
    Map<String, Long> counts = new LinkedHashMap<>();
    STATES.forEach(state -> counts.put(state, 0L));
    jdbc.query("SELECT state, COUNT(*) FROM notification GROUP BY state",
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    return counts;
  }

  private static String filter(String state, String recipientKind, String event, String recipientRef,
                               List<Object> args) {
    List<String> conditions = new ArrayList<>();
    add(conditions, args, "state", state);
    add(conditions, args, "recipient_kind", recipientKind);
    add(conditions, args, "event", event);
    add(conditions, args, "recipient_ref", recipientRef);
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void add(List<String> conditions, List<Object> args, String column, String value) {
    if (value != null) {
      conditions.add(column + " = ?");
      args.add(value);
    }
  }

  private static Row row(ResultSet rs, int i) throws SQLException {
    return new Row(rs.getLong("id"), rs.getString("idempotency_key"), rs.getString("event"),
        rs.getString("recipient_kind"), rs.getString("recipient_ref"), rs.getString("channel"),
        rs.getString("address"), rs.getString("language"), rs.getString("subject"), rs.getString("body"),
        rs.getString("redacted_body"), rs.getString("state"), rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("claimed_by"),
        instant(rs, "claimed_until"), rs.getString("last_error"), instant(rs, "created_at"),
        instant(rs, "sent_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static String truncate(String text) {
    return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
  }

  public record Row(long id, String key, String event, String recipientKind, String recipientRef, String channel,
                    String address, String language, String subject, String body, String redactedBody,
                    String state, int attempts,
                    Instant nextAttemptAt, String claimedBy, Instant claimedUntil, String lastError,
                    Instant createdAt, Instant sentAt) {}
}
