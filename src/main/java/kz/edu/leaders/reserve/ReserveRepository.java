package kz.edu.leaders.reserve;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The Republican personnel reserve: one entry per enrolled application. */
@Repository
public class ReserveRepository {

  private final JdbcTemplate jdbc;

  public ReserveRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Entry> forApplication(String number) {
    return jdbc.query("""
            SELECT certificate_number, iin, surname, first_name, region, level, cycle_year, valid_until, status,
              composite_score FROM reserve_entry WHERE application_number = ?""",
        (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getInt(7), rs.getDate(8).toLocalDate(), rs.getString(9), rs.getBigDecimal(10)),
        number).stream().findFirst();
  }

  /** The cycle and the candidate's post now, from the application record. */
  public Applicant applicant(String number) {
    return jdbc.queryForObject("SELECT cycle_year, position_now FROM application WHERE application_number = ?",
        (rs, i) -> new Applicant(rs.getInt(1), rs.getString(2)), number);
  }

  public record Applicant(int cycle, String positionNow) {}

  /** Inserts the entry from the application record unless the application is already enrolled. */
  public boolean enrol(String number, String certificate, String level, LocalDate validUntil, BigDecimal composite) {
    return jdbc.update("""
        INSERT INTO reserve_entry (certificate_number, iin, application_number, region, level, cycle_year, valid_until,
          status, created_at, surname, first_name, composite_score)
        SELECT ?, a.iin, a.application_number, a.region, ?, a.cycle_year, ?, 'ACTIVE', ?, a.surname, a.first_name, ?
        FROM application a
        WHERE a.application_number = ?
          AND NOT EXISTS (SELECT 1 FROM reserve_entry r WHERE r.application_number = a.application_number)""",
        certificate, level, Date.valueOf(validUntil), Timestamp.from(Instant.now()), composite, number) == 1;
  }

  public record Entry(String certificateNumber, String iin, String surname, String firstName, String region,
                      String level, int cycle, LocalDate validUntil, String status, BigDecimal compositeScore) {}
}
