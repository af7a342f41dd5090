package kz.edu.leaders.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestProfiles;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indexes (and, on PostgreSQL, statistics) that keep Tasklist fast with a whole cycle's work open are there
 * after start, and the funnel query of the README still counts right. Speed itself is measured by
 * kz.edu.bench.simulator.TaskListLatencyBenchmark (docs/performance.md), never here.
 */
@AppTest
class ScaleIndexesAppTest {

  /** A cycle of its own, so rows of other tests (and of other runs on a shared PostgreSQL) do not count. */
  static final int CYCLE = 2091;
  static final String FUNNEL = """
      SELECT region, stage, outcome, COUNT(*) AS applications
      FROM application WHERE cycle_year = ?
      GROUP BY region, stage, outcome ORDER BY region, stage, outcome""";

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;

  @AfterEach
  void removeRows() {
    jdbc.update("DELETE FROM application WHERE cycle_year = ?", CYCLE);
  }

  @Test
  void theEngineTablesGetTheAuthorizationUserAndTaskParentIndexes() throws SQLException {
    assertThat(indexNames("ACT_RU_AUTHORIZATION")).contains("LEADERS_IDX_AUTH_USER_ID");
    assertThat(indexNames("ACT_RU_TASK")).contains("LEADERS_IDX_TASK_PARENT");
    if (TestProfiles.onPostgres()) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_statistic_ext WHERE stxname = 'leaders_stat_auth_perms'",
          Integer.class)).isEqualTo(1);
      assertThat(jdbc.queryForObject("SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i"
          + " JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'leaders_idx_auth_task_read'", String.class))
          .contains("resource_type_ = 7").contains("(perms_ & 2) = 2")
          .contains("resource_type_ = 6").contains("(perms_ & 64) = 64");
    }
  }

  @Test
  void aSecondRunChangesNothing() throws SQLException {
    List<String> before = indexNames("ACT_RU_AUTHORIZATION");
    new EngineTableIndexes(dataSource).postProcessEngineBuild(engine);
    assertThat(indexNames("ACT_RU_AUTHORIZATION")).containsExactlyInAnyOrderElementsOf(before);
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

  private List<String> indexNames(String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      for (String name : List.of(table, table.toLowerCase())) {
        try (ResultSet indexes = metaData.getIndexInfo(null, null, name, false, false)) {
          while (indexes.next()) {
            if (indexes.getString("INDEX_NAME") != null) {
              names.add(indexes.getString("INDEX_NAME").toUpperCase());
            }
          }
        }
      }
    }
    return names;
  }
}
