package kz.edu.leaders.reserve;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import kz.edu.leaders.lookup.CertificateRows;
import kz.edu.leaders.support.TestApplications;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reserve entries as the enrolment leaves them, each with the application it came from, written into their tables. */
public class ReserveRows {

  private final JdbcTemplate jdbc;

  public ReserveRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static String letters(int n) {
    return CertificateRows.letters(n);
  }

  /**
   * A cycle no row of the database has yet: a shared PostgreSQL keeps other tests' and other runs' rows. From 2030 to
   * 2090, a range no other test uses (the fixed cycles are 2024-2026 and ApplicationFunnelAppTest's 2091; AnalyticsRows
   * draws from 2200 on) and that the registry's filter accepts (up to 2100): a cycle free now may be another test's
   * fixed one later in the run.
   */
  int freshCycle() {
    for (int attempt = 0; attempt < 1000; attempt++) {
      int cycle = ThreadLocalRandom.current().nextInt(2030, 2091);
      Integer used = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM application WHERE cycle_year = ?)"
          + " + (SELECT COUNT(*) FROM reserve_entry WHERE cycle_year = ?)", Integer.class, cycle, cycle);
      if (used != null && used == 0) {
        return cycle;
      }
    }
    throw new IllegalStateException("no unused cycle found");
  }

  public Entry entry(String region, String level, int cycle, String status, LocalDate validUntil, Instant enrolledAt) {
    String application = "RS-" + cycle + "-T" + letters(8);
    String iin = TestApplications.randomIin();
    jdbc.update("""
        INSERT INTO application (application_number, cycle_year, iin, surname, first_name, patronymic, region,
          position_now, school, higher_pedagogical_education, pedagogical_experience_years, deputy_experience_years,
          qualification_category, email, phone, channel, registered_at, status, stage, outcome, language)
        VALUES (?, ?, ?, 'Жұмабекова', 'Гүлнар', 'Асқарқызы', ?, 'TEACHER', 'School No. 7', ?, 8, 0, 'PEDAGOGUE_EXPERT',
          ?, '+77010000000', 'API', ?, 'CLOSED', 'RESERVE', 'ENROLLED', 'ru')""",
        application, cycle, iin, region, true, application.toLowerCase() + "@example.kz",
        Timestamp.from(enrolledAt.minusSeconds(86400 * 200)));
    String certificate = "RR-" + cycle + "-" + letters(10);
    jdbc.update("""
        INSERT INTO reserve_entry (certificate_number, iin, application_number, region, level, cycle_year, valid_until,
          status, created_at, surname, first_name, composite_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 81.5)""",
        certificate, iin, application, region, level, cycle, Date.valueOf(validUntil), status,
        Timestamp.from(enrolledAt), "Жұмабекова", "Гүлнар");
    return new Entry(certificate, application, iin, application.toLowerCase() + "@example.kz");
  }

  public record Entry(String certificate, String application, String iin, String email) {}
}
