package kz.edu.leaders.events.forum;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.edu.leaders.common.Sequences;
import kz.edu.leaders.domain.Region;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/** The forum record (forum), its programme (forum_session) and its days of attendance: the only way to them. */
@Repository
public class ForumRepository {

  public record NewForum(String title, Region region, LocalDate firstDay, LocalDate lastDay, String venue,
                         String coOrganisers, List<NewSession> sessions) {}

  public record NewSession(String title, SessionKind kind, int day, String startsAt, int durationMinutes,
                           String moderator) {}

  public record Forum(String number, String title, Region region, LocalDate firstDay, LocalDate lastDay, String venue,
                      String coOrganisers, String status, String plannedBy, Instant plannedAt,
                      Instant registrationClosedAt, Instant feedbackClosesAt, Instant feedbackClosedAt,
                      String feedbackClosedBy, String conclusion, String closedBy, Instant closedAt) {

    /** Feedback is taken once registration closed, until the window closes (by the organiser or the timer). */
    public boolean takesFeedback(Instant now) {
      return registrationClosedAt != null && feedbackClosedAt == null && now.isBefore(feedbackClosesAt);
    }
  }

  public record Session(long id, int number, String title, SessionKind kind, int day, String startsAt,
                        int durationMinutes, String moderator) {}

  public record AttendanceDay(LocalDate day, int absent, String recordedBy, Instant recordedAt) {}

  private static final RowMapper<Forum> FORUM = (rs, i) -> new Forum(rs.getString("forum_number"),
      rs.getString("title"), Region.valueOf(rs.getString("region")), rs.getDate("first_day").toLocalDate(),
      rs.getDate("last_day").toLocalDate(), rs.getString("venue"), rs.getString("co_organisers"),
      rs.getString("status"), rs.getString("planned_by"), instant(rs.getTimestamp("planned_at")),
      instant(rs.getTimestamp("registration_closed_at")), instant(rs.getTimestamp("feedback_closes_at")),
      instant(rs.getTimestamp("feedback_closed_at")), rs.getString("feedback_closed_by"), rs.getString("conclusion"),
      rs.getString("closed_by"), instant(rs.getTimestamp("closed_at")));

  private final JdbcTemplate jdbc;
  private final DataFieldMaxValueIncrementer numbers;

  public ForumRepository(JdbcTemplate jdbc, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.numbers = Sequences.of(dataSource, "forum_number_seq");
  }

  /** FORUM-2019-JAMBYL-001: the year of its first day and the region read at a glance; unique by a sequence. */
  public String nextNumber(int year, Region region) {
    return String.format("FORUM-%d-%s-%03d", year, region.name().replace('_', '-'), numbers.nextLongValue());
  }

  public void insert(String number, NewForum forum, Instant feedbackClosesAt, String by, String processInstanceId) {
    jdbc.update("""
        INSERT INTO forum (forum_number, title, region, first_day, last_day, venue, co_organisers, status, planned_by,
          planned_at, process_instance_id, feedback_closes_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, forum.title(), forum.region().name(), Date.valueOf(forum.firstDay()), Date.valueOf(forum.lastDay()),
        forum.venue(), forum.coOrganisers(), RegionalForum.REGISTRATION, by, now(), processInstanceId,
        Timestamp.from(feedbackClosesAt));
    List<NewSession> sessions = forum.sessions();
    jdbc.batchUpdate("""
        INSERT INTO forum_session (forum_number, session_no, title, kind, day_no, starts_at, duration_minutes,
          moderator) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", java.util.stream.IntStream.range(0, sessions.size())
        .mapToObj(i -> new Object[] {number, i + 1, sessions.get(i).title(), sessions.get(i).kind().name(),
            sessions.get(i).day(), sessions.get(i).startsAt(), sessions.get(i).durationMinutes(),
            sessions.get(i).moderator()}).toList());
  }

  public Optional<Forum> find(String number) {
    return jdbc.query("SELECT * FROM forum WHERE forum_number = ?", FORUM, number).stream().findFirst();
  }

  public Forum get(String number) {
    return find(number).orElseThrow(() -> new IllegalStateException("No forum " + number));
  }

  /** Forums of these regions (all when null), newest first. */
  public List<Forum> list(java.util.Collection<Region> regions) {
    if (regions == null) {
      return jdbc.query("SELECT * FROM forum ORDER BY first_day DESC, forum_number DESC", FORUM);
    }
    if (regions.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", java.util.Collections.nCopies(regions.size(), "?"));
    return jdbc.query("SELECT * FROM forum WHERE region IN (" + marks + ") ORDER BY first_day DESC, forum_number DESC",
        FORUM, regions.stream().map(Region::name).toArray());
  }

  /** Reads the forum for an update of its participants, holding its row until the transaction ends. */
  public Optional<Forum> lock(String number) {
    List<String> locked = jdbc.queryForList("SELECT forum_number FROM forum WHERE forum_number = ? FOR UPDATE",
        String.class, number);
    return locked.isEmpty() ? Optional.empty() : find(number);
  }

  public List<Session> sessions(String number) {
    return jdbc.query("SELECT * FROM forum_session WHERE forum_number = ? ORDER BY session_no", (rs, i) ->
        new Session(rs.getLong("id"), rs.getInt("session_no"), rs.getString("title"),
            SessionKind.valueOf(rs.getString("kind")), rs.getInt("day_no"), rs.getString("starts_at"),
            rs.getInt("duration_minutes"), rs.getString("moderator")), number);
  }

  public void closeRegistration(String number, String by) {
    jdbc.update("UPDATE forum SET registration_closed_by = ?, registration_closed_at = ?, status = ? "
        + "WHERE forum_number = ?", by, now(), RegionalForum.HELD, number);
  }

  /** Closes the feedback window; by is null when the timer closed it. Closing twice keeps the first. */
  public void closeFeedback(String number, String by) {
    jdbc.update("UPDATE forum SET feedback_closed_by = ?, feedback_closed_at = ? WHERE forum_number = ? "
        + "AND feedback_closed_at IS NULL", by, now(), number);
  }

  public void status(String number, String status) {
    jdbc.update("UPDATE forum SET status = ? WHERE forum_number = ?", status, number);
  }

  public void close(String number, String conclusion, String by) {
    jdbc.update("UPDATE forum SET status = ?, conclusion = ?, closed_by = ?, closed_at = ? WHERE forum_number = ?",
        RegionalForum.CLOSED, conclusion, by, now(), number);
  }

  /** Records a day with its absences; a day recorded again replaces its absences. */
  public void recordDay(String number, LocalDate day, List<Long> absent, String by) {
    jdbc.update("DELETE FROM forum_absence WHERE absent_on = ? AND participant_id IN (SELECT id FROM "
        + "forum_participant WHERE forum_number = ?)", Date.valueOf(day), number);
    jdbc.update("DELETE FROM forum_attendance_day WHERE forum_number = ? AND held_on = ?", number, Date.valueOf(day));
    jdbc.update("INSERT INTO forum_attendance_day (forum_number, held_on, absent_count, recorded_by, recorded_at) "
        + "VALUES (?, ?, ?, ?, ?)", number, Date.valueOf(day), absent.size(), by, now());
    jdbc.batchUpdate("INSERT INTO forum_absence (participant_id, absent_on, recorded_by, recorded_at) "
        + "VALUES (?, ?, ?, ?)", absent.stream().map(id -> new Object[] {id, Date.valueOf(day), by, now()}).toList());
  }

  public List<AttendanceDay> days(String number) {
    return jdbc.query("SELECT * FROM forum_attendance_day WHERE forum_number = ? ORDER BY held_on", (rs, i) ->
        new AttendanceDay(rs.getDate("held_on").toLocalDate(), rs.getInt("absent_count"), rs.getString("recorded_by"),
            instant(rs.getTimestamp("recorded_at"))), number);
  }

  static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
