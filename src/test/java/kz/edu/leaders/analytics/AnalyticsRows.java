package kz.edu.leaders.analytics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import kz.edu.leaders.support.AppointmentRows;
import kz.edu.leaders.support.TestApplications;
import org.springframework.jdbc.core.JdbcTemplate;

/** A selection cycle written straight into the domain tables, so its funnel, times and placement are known. */
public class AnalyticsRows {

  static final Instant NOW = Instant.now();

  private final JdbcTemplate jdbc;
  public final int cycle;
  private int next;

  public AnalyticsRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.cycle = freshCycle();
  }

  /** A cycle no row has yet, and no competition was announced in: a shared PostgreSQL keeps other runs' rows. */
  private int freshCycle() {
    for (int attempt = 0; attempt < 1000; attempt++) {
      int candidate = ThreadLocalRandom.current().nextInt(2200, 2900);
      Integer used = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM application WHERE cycle_year = ?)"
              + " + (SELECT COUNT(*) FROM reserve_entry WHERE cycle_year = ?)"
              + " + (SELECT COUNT(*) FROM competition WHERE announced_on >= ? AND announced_on < ?)", Integer.class,
          candidate, candidate, Date.valueOf(LocalDate.of(candidate, 1, 1)),
          Date.valueOf(LocalDate.of(candidate + 1, 1, 1)));
      if (used != null && used == 0) {
        return candidate;
      }
    }
    throw new IllegalStateException("no unused cycle found");
  }

  /** An application at a stage; closed when it has an outcome. Returns its number. */
  public String application(String region, String stage, String outcome) {
    String number = String.format("RS-%d-A%05d", cycle, ++next);
    jdbc.update("""
        INSERT INTO application (application_number, cycle_year, iin, surname, first_name, region, position_now, school,
          higher_pedagogical_education, pedagogical_experience_years, deputy_experience_years, qualification_category,
          email, phone, channel, registered_at, status, stage, outcome)
        VALUES (?, ?, ?, 'Test', 'Test', ?, 'TEACHER', 'School', TRUE, 8, 0, 'PEDAGOGUE_EXPERT', 'test@example.kz',
          '+77010000000', 'API', ?, ?, ?, ?)""",
        number, cycle, TestApplications.randomIin(), region, ts(NOW.minus(Duration.ofDays(300))),
        outcome == null ? "IN_PROGRESS" : "CLOSED", stage, outcome);
    return number;
  }

  /** A visit of a stage that lasted the days given, or that is still going on (null). */
  public void visit(String number, String stage, Integer days) {
    Instant entered = NOW.minus(Duration.ofDays(200));
    jdbc.update("""
        INSERT INTO application_stage_visit (application_number, stage, entered_at, left_at, duration_seconds)
        VALUES (?, ?, ?, ?, ?)""", number, stage, ts(entered),
        days == null ? null : ts(entered.plus(Duration.ofDays(days))), days == null ? null : days * 86_400L);
  }

  /** A reserve entry of the cycle enrolled the days ago given; returns its certificate number. */
  public String reservist(String application, String region, String level, int enrolledDaysAgo) {
    String certificate = AppointmentRows.unique("RR-" + cycle + "-");
    jdbc.update("""
        INSERT INTO reserve_entry (certificate_number, iin, application_number, region, level, cycle_year, valid_until,
          status, created_at, surname, first_name) VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, 'Test', 'Test')""",
        certificate, TestApplications.randomIin(), application, region, level, cycle,
        Date.valueOf(LocalDate.now().plusYears(2)), ts(NOW.minus(Duration.ofDays(enrolledDaysAgo))));
    return certificate;
  }

  /** The reservist appointed by an order dated the days after enrolment given. */
  public void appointed(String certificate, String region, int enrolledDaysAgo, int daysAfterEnrolment) {
    AppointmentRows appointments = new AppointmentRows(jdbc);
    String vacancy = appointments.vacancy(region, "School No. 9", "CLOSED");
    String order = appointments.order(vacancy, "RESERVIST", "Test Test", TestApplications.randomIin(), null);
    jdbc.update("UPDATE appointment_order SET certificate_number = ?, order_date = ? WHERE order_number = ?",
        certificate, Date.valueOf(LocalDate.now().minusDays(enrolledDaysAgo).plusDays(daysAfterEnrolment)), order);
    jdbc.update("UPDATE reserve_entry SET status = 'APPOINTED' WHERE certificate_number = ?", certificate);
  }

  /** A competition announced in the cycle's year, decided with the ending given (null: still under way). */
  public String competition(String vacancy, int attempt, String ending) {
    AppointmentRows appointments = new AppointmentRows(jdbc);
    String id = appointments.competition(vacancy, attempt, ending == null ? "ANNOUNCED" : "SCHEDULED", NOW,
        "https://stream.example.kz/1");
    if (ending != null) {
      appointments.decide(id, "WINNER".equals(ending) ? "WINNER" : "NO_WINNER", null, NOW, null);
      jdbc.update("UPDATE competition SET ending = ? WHERE competition_id = ?", ending, id);
    }
    jdbc.update("UPDATE competition SET announced_on = ? WHERE competition_id = ?",
        Date.valueOf(LocalDate.of(cycle, 3, 1 + attempt)), id);
    return id;
  }

  public String vacancy(String region) {
    return new AppointmentRows(jdbc).vacancy(region, "School No. 12", "IN_PROGRESS");
  }

  private static Timestamp ts(Instant at) {
    return Timestamp.from(at);
  }
}
