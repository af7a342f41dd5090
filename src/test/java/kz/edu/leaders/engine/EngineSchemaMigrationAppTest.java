package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestProfiles;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the engine's tables are Flyway's migration 16 and the engine does not touch its schema; on H2 (the
 * embedded default) the engine still creates its own tables. The PostgreSQL test database may be one the engine
 * created before the migration existed (adopted) or a fresh one (created by it): both paths are run here, the
 * creation in a schema of its own.
 */
@AppTest
class EngineSchemaMigrationAppTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;
  @Autowired ObjectProvider<EngineSchemaMigration> migration;

  private String schemaUpdate() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseSchemaUpdate();
  }

  private long migrationsNumbered16() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '"
        + EngineSchemaMigration.VERSION + "' AND \"success\" = TRUE", Long.class);
  }

  @Test
  void theEngineSchemaIsAMigrationOnPostgresAndTheEnginesOwnOnH2() {
    if (TestProfiles.onPostgres()) {
      assertThat(migration.getIfAvailable()).isNotNull();
      assertThat(schemaUpdate()).isEqualTo("false");
      assertThat(migrationsNumbered16()).isEqualTo(1);
    } else {
      assertThat(migration.getIfAvailable()).isNull();
      assertThat(schemaUpdate()).isEqualTo("true");
      assertThat(migrationsNumbered16()).isZero();
    }
    assertThat(jdbc.queryForObject("SELECT VERSION_ FROM ACT_GE_SCHEMA_LOG WHERE ID_ = '0'", String.class))
        .isNotBlank();
    assertThat(EngineSchemaMigration.engineVersion()).isEqualTo("7.24.0");
  }

  @Test
  void onPostgresAFreshSchemaGetsEveryEngineTable() throws Exception {
    if (!TestProfiles.onPostgres()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE SCHEMA engine_schema_probe");
        statement.execute("SET LOCAL search_path TO engine_schema_probe");
        new EngineSchemaMigration().migrate(context(connection));
        for (String table : new String[] {"act_ru_task", "act_hi_procinst", "act_id_user", "act_re_case_def",
            "act_hi_caseinst", "act_re_decision_def", "act_hi_decinst", "act_ge_schema_log"}) {
          try (var rows = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE"
              + " table_schema = 'engine_schema_probe' AND table_name = '" + table + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).as(table).isEqualTo(1);
          }
        }
        assertThat(EngineSchemaMigration.existingSchemaVersion(connection)).contains("7.24.0");
      } finally {
        connection.rollback();
      }
    }
  }

  @Test
  void onPostgresTheEnginesOwnTablesAreAdoptedOnlyAtThisEnginesVersion() throws Exception {
    if (!TestProfiles.onPostgres()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        int tablesBefore = engineTables(statement);
        new EngineSchemaMigration().migrate(context(connection));
        assertThat(engineTables(statement)).isEqualTo(tablesBefore);

        statement.execute("INSERT INTO ACT_GE_SCHEMA_LOG (ID_, TIMESTAMP_, VERSION_) VALUES"
            + " ('999999', CURRENT_TIMESTAMP, '7.99.0')");
        assertThatThrownBy(() -> new EngineSchemaMigration().migrate(context(connection)))
            .isInstanceOf(FlywayException.class)
            .hasMessageContaining("7.99.0").hasMessageContaining("7.24.0").hasMessageContaining("upgrade");
      } finally {
        connection.rollback();
      }
    }
  }

  @Test
  void onH2TheMigrationRefusesToRun() throws Exception {
    if (TestProfiles.onPostgres()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      assertThatThrownBy(() -> new EngineSchemaMigration().migrate(context(connection)))
          .isInstanceOf(FlywayException.class).hasMessageContaining("PostgreSQL");
    }
  }

  private static int engineTables(Statement statement) throws Exception {
    try (var rows = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE"
        + " table_schema = current_schema() AND table_name LIKE 'act\\_%'")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static Context context(Connection connection) {
    return new Context() {
      @Override
      public Configuration getConfiguration() {
        return null;
      }

      @Override
      public Connection getConnection() {
        return connection;
      }
    };
  }
}
