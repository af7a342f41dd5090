package kz.edu.leaders.selection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The assessors' scores of reflective reports, one row per assessor and application. */
@Repository
public class ReportAssessmentRepository {

  private final JdbcTemplate jdbc;

  public ReportAssessmentRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String number, String assessor, ReportScores scores, String comment) {
    jdbc.update("""
        INSERT INTO report_assessment (application_number, assessor_id, analysis, impact, evidence, reflection, total,
          assessor_comment, assessed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, assessor, scores.analysis(), scores.impact(), scores.evidence(), scores.reflection(), scores.total(),
        comment, Timestamp.from(Instant.now()));
  }

  public boolean hasAssessed(String number, String assessor) {
    Integer count = jdbc.queryForObject(
        "SELECT COUNT(*) FROM report_assessment WHERE application_number = ? AND assessor_id = ?",
        Integer.class, number, assessor);
    return count != null && count > 0;
  }

  /** Totals in the order the assessments were made. */
  public List<Assessment> forApplication(String number) {
    return jdbc.query("""
            SELECT assessor_id, total FROM report_assessment WHERE application_number = ? ORDER BY id""",
        (rs, i) -> new Assessment(rs.getString(1), rs.getInt(2)), number);
  }

  public void recordFinalScore(String number, double score) {
    jdbc.update("UPDATE application SET final_assessment_score = ? WHERE application_number = ?", score, number);
  }

  public record Assessment(String assessorId, int total) {}

  /** Four criteria, each 0 to 25, of a reflective report. */
  public record ReportScores(int analysis, int impact, int evidence, int reflection) {
    public int total() {
      return analysis + impact + evidence + reflection;
    }
  }
}
