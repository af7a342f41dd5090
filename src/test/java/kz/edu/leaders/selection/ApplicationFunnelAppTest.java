package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.support.AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The funnel query of docs/processes.md counts applications by region, stage and outcome. */
@AppTest
class ApplicationFunnelAppTest {

  /** A cycle of its own, so rows of other tests (and of other runs on a shared PostgreSQL) do not count. */
  static final int CYCLE = 2091;
  static final String FUNNEL = """
      SELECT region, stage, outcome, COUNT(*) AS applications
      FROM application WHERE cycle_year = ?
      GROUP BY region, stage, outcome ORDER BY region, stage, outcome""";

  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void removeRows() {
    jdbc.update("DELETE FROM application WHERE cycle_year = ?", CYCLE);
  }

  @Test
  void theFunnelCountsApplicationsByRegionStageAndOutcome() {
    insert("RS-2091-000001", "TURKISTAN", "DOCUMENT_CHECK", null);
    insert("RS-2091-000002", "TURKISTAN", "DOCUMENT_CHECK", null);
    insert("RS-2091-000003", "TURKISTAN", "TEST", "TEST_FAILED");
    insert("RS-2091-000004", "ALMATY", "RESERVE", "ENROLLED");
    insert("RS-2091-000005", "ALMATY", "DOCUMENT_CHECK", null);

    List<Map<String, Object>> rows = jdbc.queryForList(FUNNEL, CYCLE);

    assertThat(rows).extracting(row -> row.get("region") + "/" + row.get("stage") + "/" + row.get("outcome") + "="
            + ((Number) row.get("applications")).intValue())
        .containsExactly("ALMATY/DOCUMENT_CHECK/null=1", "ALMATY/RESERVE/ENROLLED=1",
            "TURKISTAN/DOCUMENT_CHECK/null=2", "TURKISTAN/TEST/TEST_FAILED=1");
  }

  private void insert(String number, String region, String stage, String outcome) {
    jdbc.update("""
        INSERT INTO application (application_number, cycle_year, iin, surname, first_name, region, position_now, school,
          higher_pedagogical_education, pedagogical_experience_years, deputy_experience_years, qualification_category,
          email, phone, channel, registered_at, status, stage, outcome)
        VALUES (?, ?, ?, 'Test', 'Test', ?, 'TEACHER', 'School', TRUE, 8, 0, 'PEDAGOGUE_EXPERT', 'test@example.kz',
          '+77010000000', 'API', ?, ?, ?, ?)""",
        number, CYCLE, "91" + number.substring(number.length() - 6) + "0000", region, Timestamp.from(Instant.now()),
        outcome == null ? "IN_PROGRESS" : "CLOSED", stage, outcome);
  }
}
