package kz.edu.leaders.selection;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Internships at leading schools: who mentors whom, when, and the mentor's evaluation. */
@Repository
public class InternshipRepository {

  private final JdbcTemplate jdbc;

  public InternshipRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void assign(String number, LocalDate moduleCompleted, String school, String mentorId, LocalDate start,
                     LocalDate end, String assignedBy) {
    jdbc.update("""
        INSERT INTO internship (application_number, basic_module_completed, leading_school, mentor_id, start_date,
          end_date, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        number, Date.valueOf(moduleCompleted), school, mentorId, Date.valueOf(start), Date.valueOf(end), assignedBy,
        Timestamp.from(Instant.now()));
  }

  public void evaluate(String number, String scores, BigDecimal mean, String recommendation, String evaluatedBy) {
    jdbc.update("""
        UPDATE internship SET rubric_scores = ?, rubric_mean = ?, recommendation = ?, evaluated_by = ?,
          evaluated_at = ? WHERE application_number = ?""",
        scores, mean, recommendation, evaluatedBy, Timestamp.from(Instant.now()), number);
  }

  public Optional<Internship> find(String number) {
    return jdbc.query("""
            SELECT leading_school, mentor_id, start_date, end_date, rubric_scores, rubric_mean, recommendation,
              evaluated_by FROM internship WHERE application_number = ?""",
        (rs, i) -> new Internship(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
            rs.getDate(4).toLocalDate(), rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8)),
        number).stream().findFirst();
  }

  public record Internship(String leadingSchool, String mentorId, LocalDate start, LocalDate end, String scores,
                           BigDecimal mean, String recommendation, String evaluatedBy) {}
}
