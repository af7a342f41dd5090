package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestProfiles;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indexes (and, on PostgreSQL, statistics) that keep Tasklist fast with a whole cycle's work open are there
 * after start. Speed itself is measured by
 * kz.edu.bench.simulator.TaskListLatencyBenchmark (docs/performance.md), never here.
 */
@AppTest
class EngineTableIndexesAppTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;

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
