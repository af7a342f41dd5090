package kz.edu.leaders.selection;

import kz.edu.leaders.domain.Region;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.edu.leaders.common.Sequences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/**
 * The application records: the source of truth for personal data and for each application's status,
 * stage, outcome, reason and scores. Runs in the caller's transaction (the engine's, when called from a
 * delegate), so a failed process step leaves no row behind.
 */
@Repository
public class ApplicationRepository {

  public static final String IN_PROGRESS = "IN_PROGRESS";
  public static final String CLOSED = "CLOSED";

  private final JdbcTemplate jdbc;
  private final DataFieldMaxValueIncrementer numbers;
  private final StageVisits visits;

  public ApplicationRepository(JdbcTemplate jdbc, DataSource dataSource, StageRules rules)
      throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.visits = new StageVisits(jdbc, rules);
    this.numbers = Sequences.of(dataSource, "application_number_seq");
  }

  /** A new application number, e.g. {@code RS-2026-000042}. */
  public String nextNumber(int cycle) {
    return String.format("RS-%d-%06d", cycle, numbers.nextLongValue());
  }

  public Optional<String> numberFor(int cycle, String iin) {
    return jdbc.query("SELECT application_number FROM application WHERE cycle_year = ? AND iin = ?",
        (rs, i) -> rs.getString(1), cycle, iin).stream().findFirst();
  }

  public void insert(String number, NewApplication a, String channel, String registeredBy, String processInstanceId) {
    Timestamp registeredAt = now();
    jdbc.update("""
        INSERT INTO application (application_number, cycle_year, iin, surname, first_name, patronymic, region,
          position_now, school, higher_pedagogical_education, pedagogical_experience_years,
          deputy_experience_years, qualification_category, email, phone, channel, registered_by, registered_at,
          process_instance_id, status, stage, language)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, a.cycle(), a.iin(), a.surname(), a.firstName(), a.patronymic(), a.region().name(),
        a.currentRole().name(), a.school(), a.higherPedagogicalEducation(), a.pedagogicalExperienceYears(),
        a.deputyExperienceYears(), a.qualificationCategory().name(), a.email(), a.phone(), channel,
        registeredBy, registeredAt, processInstanceId, IN_PROGRESS, Stage.ELIGIBILITY.name(), a.language());
    visits.enter(number, Stage.ELIGIBILITY, registeredAt);
  }

  public void moveToStage(String number, Stage stage) {
    int moved = jdbc.update("UPDATE application SET stage = ? WHERE application_number = ? AND status = ?",
        stage.name(), number, IN_PROGRESS);
    if (moved > 0) {
      visits.enter(number, stage, now());
    }
  }

  public void close(String number, Stage stage, String outcome, String reason) {
    Timestamp closedAt = now();
    jdbc.update("""
        UPDATE application SET status = ?, stage = ?, outcome = ?, outcome_reason = ?, closed_at = ?
        WHERE application_number = ?""",
        CLOSED, stage.name(), outcome, truncate(reason), closedAt, number);
    visits.leaveAll(number, stage, closedAt);
  }

  public void recordDecision(String number, Stage stage, String decision, String reason, String decidedBy) {
    jdbc.update("""
        INSERT INTO application_decision (application_number, stage, decision, reason, decided_by, decided_at)
        VALUES (?, ?, ?, ?, ?, ?)""", number, stage.name(), decision, truncate(reason), decidedBy, now());
  }

  public void setCorrectionDeadline(String number, Date deadline) {
    jdbc.update("UPDATE application SET correction_deadline = ? WHERE application_number = ?",
        new Timestamp(deadline.getTime()), number);
  }

  public void recordTestScores(String number, TestScores scores, String batchId) {
    jdbc.update("""
        UPDATE application SET test_legislation = ?, test_management = ?, test_pedagogy = ?, test_leadership = ?,
          test_received_at = ?, test_batch_id = ? WHERE application_number = ?""",
        scores.legislation(), scores.management(), scores.pedagogy(), scores.leadership(), now(), batchId, number);
  }

  public void recordTestOverall(String number, BigDecimal overall) {
    jdbc.update("UPDATE application SET test_overall = ? WHERE application_number = ?", overall, number);
  }

  /** The region the application was registered in. */
  public Optional<Region> region(String number) {
    return jdbc.queryForList("SELECT region FROM application WHERE application_number = ?", String.class, number)
        .stream().findFirst().map(Region::valueOf);
  }

  public Optional<ApplicationState> state(String number) {
    return jdbc.query("""
            SELECT application_number, status, stage, outcome, outcome_reason, test_overall, process_instance_id
            FROM application WHERE application_number = ?""",
        (rs, i) -> new ApplicationState(rs.getString(1), rs.getString(2), Stage.valueOf(rs.getString(3)),
            rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getString(7)), number)
        .stream().findFirst();
  }

  public List<Decision> decisions(String number) {
    return jdbc.query("""
            SELECT stage, decision, reason, decided_by, decided_at FROM application_decision
            WHERE application_number = ? ORDER BY id""",
        (rs, i) -> new Decision(Stage.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getTimestamp(5).toInstant()), number);
  }

  /** What enrolment in the reserve takes from the application record. */
  public Enrolment enrolment(String number) {
    return jdbc.queryForObject("""
            SELECT cycle_year, position_now, iin, region, surname, first_name FROM application
            WHERE application_number = ?""",
        (rs, i) -> new Enrolment(number, rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6)), number);
  }

  /**
   * The composite score on a 100-point scale: the mean of test overall, internship rubric mean x 20, final
   * assessment and the interview's best round mean x 10.
   */
  public BigDecimal compositeScore(String number) {
    BigDecimal score = jdbc.queryForObject("""
        SELECT (a.test_overall + i.rubric_mean * 20 + a.final_assessment_score
                + (SELECT MAX(r.mean_score) FROM interview_round r
                   WHERE r.application_number = a.application_number) * 10) / 4
        FROM application a JOIN internship i ON i.application_number = a.application_number
        WHERE a.application_number = ?""", BigDecimal.class, number);
    return score == null ? null : score.setScale(2, RoundingMode.HALF_UP);
  }

  /** Whether the application of that number is the IIN's: one query, the same for an unknown number. */
  public boolean isOf(String number, String iin) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM application WHERE application_number = ? AND iin = ?",
        Integer.class, number, iin);
    return count != null && count > 0;
  }

  /** Where an application stands, for its status as the portal reads it. */
  public Optional<Status> status(String number) {
    return jdbc.query("""
            SELECT status, stage, outcome, outcome_reason, registered_at, closed_at, correction_deadline
            FROM application WHERE application_number = ?""",
        (rs, i) -> new Status(number, rs.getString(1), Stage.valueOf(rs.getString(2)), rs.getString(3),
            rs.getString(4), rs.getTimestamp(5).toInstant(),
            rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
            rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()), number)
        .stream().findFirst();
  }

  public record Status(String number, String status, Stage stage, String outcome, String reason,
                       Instant registeredAt, Instant closedAt, Instant correctionDeadline) {}

  /** Where and how the candidate is told: the e-mail of the application and the language asked (null: both). */
  public Optional<Contact> contact(String number) {
    return jdbc.query("SELECT email, language, first_name, patronymic FROM application WHERE application_number = ?",
        (rs, i) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), number)
        .stream().findFirst();
  }

  public record Contact(String email, String language, String firstName, String patronymic) {
    /** How a letter addresses the candidate: first name and patronymic, as is usual in both languages. */
    public String salutationName() {
      return patronymic == null ? firstName : firstName + " " + patronymic;
    }
  }

  public record Enrolment(String number, int cycle, String positionNow, String iin, String region, String surname,
                          String firstName) {}

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  private static String truncate(String reason) {
    return reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 1997) + "...";
  }

  public record ApplicationState(String number, String status, Stage stage, String outcome, String reason,
                                 BigDecimal testOverall, String processInstanceId) {}

  public record Decision(Stage stage, String decision, String reason, String decidedBy, Instant decidedAt) {}
}
