package kz.edu.leaders.engine;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What Tasklist's queries need on the engine's own tables beyond Camunda's indexes, measured with a whole cycle's
 * work open (docs/performance.md, "Task-list latency at scale"). Flyway cannot create these on H2, where the engine
 * creates its tables after Flyway (on PostgreSQL they are a migration, EngineSchemaMigration); so, for both, they are
 * created here, once the engine's schema exists, idempotently
 * ({@code IF NOT EXISTS}); a node starting at the same moment may win the race, which is logged, not fatal.
 *
 * <p>On an upgrade, re-check that the engine's tables still have these columns and no index of their own on them,
 * and that a task query still joins its authorizations and checks TASK READ or PROCESS_DEFINITION READ_TASK as
 * the statistics and the partial index assume: {@code EngineTableIndexesStillAppliesTest} fails when any of that
 * changed (the failures here are only logged), then measure again with the task-list benchmark.
 */
@Component
@Order(80)
public class EngineTableIndexes extends AbstractCamundaConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(EngineTableIndexes.class);

  /** Both databases. */
  static final List<String> INDEXES = List.of(
      // Tasklist's authorization check selects the authorizations of the user (USER_ID_ IN (user, '*')) or of
      // the user's groups. Camunda indexes GROUP_ID_ but USER_ID_ only behind TYPE_ (its unique constraint), so
      // the user's part scanned the whole table: one row per open task with candidate groups.
      "CREATE INDEX IF NOT EXISTS LEADERS_IDX_AUTH_USER_ID ON ACT_RU_AUTHORIZATION (USER_ID_)",
      // Completing a task looks up its subtasks by PARENT_TASK_ID_, which Camunda does not index: each completion
      // scanned every open task (a cycle's worth of them).
      "CREATE INDEX IF NOT EXISTS LEADERS_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)");

  /**
   * PostgreSQL only. The check filters authorizations by {@code PERMS_ & :permission = :permission}; without
   * statistics on that expression PostgreSQL assumes 0.5 % of the rows match, while with a cycle's tasks open
   * nearly all do (one READ authorization per task and candidate group). It then scans every authorization once
   * per task instead of looking up each task's own. These statistics give it the real share for the two checks
   * Tasklist's task queries make (TASK READ = 2, PROCESS_DEFINITION READ_TASK = 64).
   */
  static final List<String> POSTGRES_STATISTICS = List.of(
      "CREATE STATISTICS IF NOT EXISTS leaders_stat_auth_perms ON (perms_ & 2), (perms_ & 64) FROM act_ru_authorization");

  /**
   * PostgreSQL only (H2 has no partial indexes). For each task a task query probes the authorizations by
   * {@code RESOURCE_ID_ IN (task id, process key, '*')} and only then filters them by type and permission. Of
   * the rows those probes find, nearly all fail the filter: the admins' {@code '*'} grants on every resource type
   * and the groups' grants on the process, without the task permission (33 rows rechecked per task, 1 kept).
   * This index holds only the authorizations a task query can use (TASK with READ, PROCESS_DEFINITION with
   * READ_TASK), so each probe finds those alone. PostgreSQL uses it when it plans a task query with its values,
   * as it plans the engine's queries (see {@link CustomPlansForQueries}).
   */
  static final List<String> POSTGRES_INDEXES = List.of(
      "CREATE INDEX IF NOT EXISTS leaders_idx_auth_task_read ON act_ru_authorization (resource_id_)"
          + " WHERE (resource_type_ = 7 AND (perms_ & 2) = 2) OR (resource_type_ = 6 AND (perms_ & 64) = 64)");

  private final DataSource dataSource;

  public EngineTableIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    String database = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    INDEXES.forEach(sql -> apply(jdbc, sql));
    if ("postgres".equals(database)) {
      POSTGRES_INDEXES.forEach(sql -> apply(jdbc, sql));
      POSTGRES_STATISTICS.forEach(sql -> apply(jdbc, sql));
      // New statistics are empty until the table is analysed; autovacuum may take a while to get to it.
      apply(jdbc, "ANALYZE act_ru_authorization");
    }
  }

  private static void apply(JdbcTemplate jdbc, String sql) {
    try {
      jdbc.execute(sql);
    } catch (RuntimeException e) {
      // Another node creating the same object at the same moment; anything else shows in the next start too.
      LOG.warn("Could not apply '{}': {}", sql, e.getMessage());
    }
  }
}
