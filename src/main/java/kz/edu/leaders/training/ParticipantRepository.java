package kz.edu.leaders.training;

import static kz.edu.leaders.training.CourseRepository.now;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** A course's participants, their absences, final work, outcome and certificate (training_participant and below). */
@Repository
public class ParticipantRepository {

  public record NewParticipant(int number, String iin, String fullName, long organisationId, String district,
                               String post, String phone) {}

  public record Participant(long id, int number, String iin, String fullName, String organisation, String district,
                            String post, String phone, Integer stream, Boolean completed, BigDecimal attendancePercent,
                            String outcomeReason, String certificate) {}

  private final JdbcTemplate jdbc;

  public ParticipantRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One batch statement for the whole import: 800 rows are one round trip per driver batch, not 800. */
  public void insert(String course, List<NewParticipant> participants, String by, String batchId) {
    jdbc.batchUpdate("""
        INSERT INTO training_participant (course_number, participant_no, iin, full_name, organisation_id, district,
          post, phone, enrolled_by, enrolled_at, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        participants.stream().map(p -> new Object[] {course, p.number(), p.iin(), p.fullName(), p.organisationId(),
            p.district(), p.post(), p.phone(), by, now(), batchId}).toList());
  }

  public Set<String> iins(String course) {
    return new HashSet<>(jdbc.queryForList("SELECT iin FROM training_participant WHERE course_number = ?",
        String.class, course));
  }

  public int count(String course) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM training_participant WHERE course_number = ?", Integer.class,
        course);
  }

  public int lastNumber(String course) {
    Integer last = jdbc.queryForObject(
        "SELECT MAX(participant_no) FROM training_participant WHERE course_number = ?", Integer.class, course);
    return last == null ? 0 : last;
  }

  public List<Long> ids(String course) {
    return jdbc.queryForList("SELECT id FROM training_participant WHERE course_number = ? ORDER BY participant_no",
        Long.class, course);
  }

  /** Participant numbers from..to (inclusive) go to the stream. */
  public void assignStream(String course, int stream, int from, int to) {
    jdbc.update("UPDATE training_participant SET stream_no = ? WHERE course_number = ? AND participant_no BETWEEN ? AND ?",
        stream, course, from, to);
  }

  /** Participant number to id, of one stream. */
  public Map<Integer, Long> ofStream(String course, int stream) {
    Map<Integer, Long> byNumber = new java.util.LinkedHashMap<>();
    jdbc.query("SELECT id, participant_no FROM training_participant WHERE course_number = ? AND stream_no = ? "
        + "ORDER BY participant_no", rs -> {
          byNumber.put(rs.getInt("participant_no"), rs.getLong("id"));
        }, course, stream);
    return byNumber;
  }

  /** Records a day of a stream with its absences; a day recorded again replaces its absences. */
  public void recordDay(String course, int stream, LocalDate day, List<Long> absent, String by) {
    jdbc.update("DELETE FROM training_absence WHERE absent_on = ? AND participant_id IN (SELECT id FROM "
        + "training_participant WHERE course_number = ? AND stream_no = ?)", Date.valueOf(day), course, stream);
    jdbc.update("DELETE FROM training_attendance_day WHERE course_number = ? AND stream_no = ? AND held_on = ?",
        course, stream, Date.valueOf(day));
    jdbc.update("INSERT INTO training_attendance_day (course_number, stream_no, held_on, absent_count, recorded_by, "
        + "recorded_at) VALUES (?, ?, ?, ?, ?, ?)", course, stream, Date.valueOf(day), absent.size(), by, now());
    jdbc.batchUpdate("INSERT INTO training_absence (participant_id, absent_on, recorded_by, recorded_at) "
        + "VALUES (?, ?, ?, ?)", absent.stream().map(id -> new Object[] {id, Date.valueOf(day), by, now()}).toList());
  }

  public int daysRecorded(String course, int stream) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM training_attendance_day WHERE course_number = ? AND stream_no = ?",
        Integer.class, course, stream);
  }

  /** Participant id to the number of days absent, for a stream's participants with any absence. */
  public Map<Long, Integer> absences(String course, int stream) {
    Map<Long, Integer> absences = new java.util.HashMap<>();
    jdbc.query("SELECT a.participant_id, COUNT(*) AS days FROM training_absence a JOIN training_participant p "
        + "ON p.id = a.participant_id WHERE p.course_number = ? AND p.stream_no = ? GROUP BY a.participant_id",
        rs -> {
          absences.put(rs.getLong("participant_id"), rs.getInt("days"));
        }, course, stream);
    return absences;
  }

  public void recordFinalWork(String course, int stream, Map<Long, String> failed, String by) {
    jdbc.batchUpdate("INSERT INTO training_final_work (participant_id, passed, reason, assessed_by, assessed_at) "
        + "VALUES (?, ?, ?, ?, ?)", failed.entrySet().stream().map(f -> new Object[] {f.getKey(), false,
        f.getValue(), by, now()}).toList());
    jdbc.update("INSERT INTO training_stream_assessment (course_number, stream_no, failed_count, assessed_by, "
        + "assessed_at) VALUES (?, ?, ?, ?, ?)", course, stream, failed.size(), by, now());
  }

  public boolean assessed(String course, int stream) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM training_stream_assessment WHERE course_number = ? "
        + "AND stream_no = ?", Integer.class, course, stream) > 0;
  }

  /** Participant id to the reason their final work failed. */
  public Map<Long, String> failedFinalWork(String course, int stream) {
    Map<Long, String> failed = new java.util.HashMap<>();
    jdbc.query("SELECT f.participant_id, f.reason FROM training_final_work f JOIN training_participant p "
        + "ON p.id = f.participant_id WHERE p.course_number = ? AND p.stream_no = ? AND f.passed = FALSE", rs -> {
          failed.put(rs.getLong("participant_id"), rs.getString("reason"));
        }, course, stream);
    return failed;
  }

  public void recordOutcome(long participant, boolean completed, BigDecimal attendancePercent, String reason) {
    jdbc.update("UPDATE training_participant SET completed = ?, attendance_percent = ?, outcome_reason = ?, "
        + "decided_at = ? WHERE id = ?", completed, attendancePercent, reason, now(), participant);
  }

  public void insertCertificate(String certificate, long participant, String course, String by) {
    jdbc.update("INSERT INTO training_certificate (certificate_number, participant_id, course_number, issued_by, "
        + "issued_at) VALUES (?, ?, ?, ?, ?)", certificate, participant, course, by, now());
  }

  public boolean certificateExists(String certificate) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM training_certificate WHERE certificate_number = ?",
        Integer.class, certificate) > 0;
  }

  public List<Participant> roster(String course, Integer stream) {
    return jdbc.query("""
        SELECT p.*, o.name AS organisation_name, c.certificate_number FROM training_participant p
        JOIN training_organisation o ON o.id = p.organisation_id
        LEFT JOIN training_certificate c ON c.participant_id = p.id
        WHERE p.course_number = ?""" + (stream == null ? "" : " AND p.stream_no = ?") + " ORDER BY p.participant_no",
        (rs, i) -> new Participant(rs.getLong("id"), rs.getInt("participant_no"), rs.getString("iin"),
            rs.getString("full_name"), rs.getString("organisation_name"), rs.getString("district"),
            rs.getString("post"), rs.getString("phone"), (Integer) rs.getObject("stream_no", Integer.class),
            (Boolean) rs.getObject("completed", Boolean.class), rs.getBigDecimal("attendance_percent"),
            rs.getString("outcome_reason"), rs.getString("certificate_number")),
        stream == null ? new Object[] {course} : new Object[] {course, stream});
  }

  public Optional<Participant> byNumber(String course, int number) {
    return roster(course, null).stream().filter(p -> p.number() == number).findFirst();
  }

  /** What a course certificate's public verification shows (no IIN): empty for an unknown number. */
  public Optional<CourseCertificate> certificate(String number) {
    return jdbc.query("""
            SELECT c.certificate_number, p.full_name, t.title, t.hours, t.region, c.issued_at
            FROM training_certificate c
            JOIN training_participant p ON p.id = c.participant_id
            JOIN training_course t ON t.course_number = c.course_number
            WHERE c.certificate_number = ?""",
        (rs, i) -> new CourseCertificate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
            rs.getString(5), rs.getTimestamp(6).toInstant()), number)
        .stream().findFirst();
  }

  public record CourseCertificate(String number, String fullName, String course, int hours, String region,
                                  java.time.Instant issuedAt) {}
}
