package kz.edu.leaders.training;

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
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/** The course record (training_course), its streams and its follow-up: the only way to those tables. */
@Repository
public class CourseRepository {

  public record NewCourse(String title, Region region, String targetGroup, int hours, int capacity,
                          LocalDate plannedStart, LocalDate plannedEnd, String trainer) {}

  public record Course(String number, String title, Region region, String targetGroup, int hours, int capacity,
                       LocalDate plannedStart, LocalDate plannedEnd, String trainer, String status, String plannedBy,
                       String cancelReason) {}

  public record Stream(int number, LocalDate startsOn, LocalDate endsOn, String trainer) {}

  private final JdbcTemplate jdbc;
  private final DataFieldMaxValueIncrementer numbers;

  public CourseRepository(JdbcTemplate jdbc, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.numbers = Sequences.of(dataSource, "training_course_number_seq");
  }

  /** TC-2024-000001: readable, unique (a sequence), and says the year it was planned. */
  public String nextNumber(int year) {
    return String.format("TC-%d-%06d", year, numbers.nextLongValue());
  }

  public void insert(String number, NewCourse course, String plannedBy, String processInstanceId) {
    jdbc.update("""
        INSERT INTO training_course (course_number, title, region, target_group, hours, capacity, planned_start,
          planned_end, trainer, status, planned_by, planned_at, process_instance_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, course.title(), course.region().name(), course.targetGroup(), course.hours(), course.capacity(),
        Date.valueOf(course.plannedStart()), Date.valueOf(course.plannedEnd()), course.trainer(),
        TrainingCourse.ENROLMENT, plannedBy, now(), processInstanceId);
  }

  public Optional<Course> find(String number) {
    return jdbc.query("SELECT * FROM training_course WHERE course_number = ?", (rs, i) -> new Course(
        rs.getString("course_number"), rs.getString("title"), Region.valueOf(rs.getString("region")),
        rs.getString("target_group"), rs.getInt("hours"), rs.getInt("capacity"),
        rs.getDate("planned_start").toLocalDate(), rs.getDate("planned_end").toLocalDate(), rs.getString("trainer"),
        rs.getString("status"), rs.getString("planned_by"), rs.getString("cancel_reason")), number)
        .stream().findFirst();
  }

  public Course get(String number) {
    return find(number).orElseThrow(() -> new IllegalStateException("No training course " + number));
  }

  /** Reads the course for an update of its enrolment, holding its row until the transaction ends. */
  public Optional<Course> lockForEnrolment(String number) {
    List<String> locked = jdbc.queryForList(
        "SELECT course_number FROM training_course WHERE course_number = ? FOR UPDATE", String.class, number);
    return locked.isEmpty() ? Optional.empty() : find(number);
  }

  public void closeEnrolment(String number, String by) {
    jdbc.update("UPDATE training_course SET enrolment_closed_by = ?, enrolment_closed_at = ? WHERE course_number = ?",
        by, now(), number);
  }

  public void cancel(String number, String reason) {
    jdbc.update("UPDATE training_course SET status = ?, cancel_reason = ?, cancelled_at = ? WHERE course_number = ?",
        TrainingCourse.CANCELLED, reason, now(), number);
  }

  public void status(String number, String status) {
    // Two statements, not a CASE with a parameter: PostgreSQL types an untyped parameter in a CASE as text.
    if (TrainingCourse.COMPLETED.equals(status)) {
      jdbc.update("UPDATE training_course SET status = ?, completed_at = ? WHERE course_number = ?",
          status, now(), number);
    } else {
      jdbc.update("UPDATE training_course SET status = ?, completed_at = NULL WHERE course_number = ?",
          status, number);
    }
  }

  public void insertStreams(String number, List<Stream> streams, String by) {
    jdbc.batchUpdate("""
        INSERT INTO training_stream (course_number, stream_no, starts_on, ends_on, trainer, planned_by, planned_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)""", streams.stream().map(s -> new Object[] {number, s.number(),
        Date.valueOf(s.startsOn()), Date.valueOf(s.endsOn()), s.trainer(), by, now()}).toList());
  }

  public List<Stream> streams(String number) {
    return jdbc.query("SELECT * FROM training_stream WHERE course_number = ? ORDER BY stream_no", (rs, i) ->
        new Stream(rs.getInt("stream_no"), rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
            rs.getString("trainer")), number);
  }

  public Stream stream(String number, int streamNo) {
    return streams(number).stream().filter(s -> s.number() == streamNo).findFirst()
        .orElseThrow(() -> new IllegalStateException("No stream " + streamNo + " in " + number));
  }

  public void recordFollowUp(String number, String supportGiven, LocalDate supportDate, String by) {
    jdbc.update("""
        INSERT INTO training_follow_up (course_number, support_given, support_date, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?)""", number, supportGiven, Date.valueOf(supportDate), by, now());
  }

  public List<String> followUps(String number) {
    return jdbc.queryForList("SELECT support_given FROM training_follow_up WHERE course_number = ? ORDER BY id",
        String.class, number);
  }

  static Timestamp now() {
    return Timestamp.from(Instant.now());
  }
}
