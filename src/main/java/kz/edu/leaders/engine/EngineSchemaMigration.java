package kz.edu.leaders.engine;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * The engine's tables on PostgreSQL as a Flyway migration, in order with the domain tables
 * ({@code leaders.engine.managed-schema: true} in the postgres profile, where the engine no longer creates or updates
 * its own tables: {@code camunda.bpm.database.schema-update: false}). It runs Camunda's own create scripts from the
 * camunda-engine jar on the classpath, in the order the engine itself runs them, in Flyway's transaction: a failure
 * leaves nothing half-made. A database whose engine tables the engine created itself (before this migration existed)
 * is adopted as it is when its schema is this engine's version, and refused with what to do otherwise.
 *
 * <p>An engine upgrade is then a migration of its own, reviewed like any other: a new version number that runs
 * Camunda's {@code db/upgrade/postgres_engine_<from>_to_<to>.sql} (docs/operations.md, "Upgrading the engine"). On an
 * upgrade, re-check that the create scripts still have these names and this order ({@code DbSqlSession.dbSchemaCreate}).
 * Spring Boot hands every {@link JavaMigration} bean to Flyway; {@code common.EngineAfterMigrations} starts the engine
 * after Flyway.
 */
@Component
@ConditionalOnProperty(name = "leaders.engine.managed-schema", havingValue = "true")
public class EngineSchemaMigration implements JavaMigration {

  private static final Logger LOG = LoggerFactory.getLogger(EngineSchemaMigration.class);

  static final String VERSION = "16";
  /** The engine's order: runtime, history, identity, then the case and decision engines with their history. */
  static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
      "decision.engine", "decision.history");
  private static final String SCRIPT = "org/camunda/bpm/engine/db/create/activiti.postgres.create.%s.sql";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(VERSION);
  }

  @Override
  public String getDescription() {
    return "Camunda engine schema (camunda-engine's create scripts)";
  }

  @Override
  public Integer getChecksum() {
    // What this migration does is which scripts it runs; their text is the jar's, fixed by its version.
    CRC32 crc = new CRC32();
    crc.update(String.join(",", PARTS).getBytes(StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String database = connection.getMetaData().getDatabaseProductName();
    if (!"PostgreSQL".equals(database)) {
      throw new FlywayException("leaders.engine.managed-schema applies Camunda's PostgreSQL scripts; this database is "
          + database + ": leave the setting off and camunda.bpm.database.schema-update on");
    }
    String engine = engineVersion();
    Optional<String> existing = existingSchemaVersion(connection);
    if (existing.isPresent()) {
      if (!existing.get().equals(engine)) {
        throw new FlywayException("The engine's tables exist at version " + existing.get() + " but this engine is "
            + engine + ": upgrade them with Camunda's upgrade scripts first (docs/operations.md, \"Upgrading the"
            + " engine\"), then start again");
      }
      LOG.info("Engine schema {} already present (created by the engine itself): adopted by migration {}", engine,
          VERSION);
      return;
    }
    for (String part : PARTS) {
      ScriptUtils.executeSqlScript(connection,
          new EncodedResource(new ClassPathResource(SCRIPT.formatted(part)), StandardCharsets.UTF_8));
    }
    LOG.info("Engine schema {} created by migration {}", existingSchemaVersion(connection).orElse("?"), VERSION);
  }

  /** The version camunda-engine on the classpath declares (its jar's manifest). */
  static String engineVersion() {
    String version = ProcessEngine.class.getPackage().getImplementationVersion();
    if (version == null) {
      throw new FlywayException("camunda-engine declares no version (Implementation-Version of its jar)");
    }
    return version;
  }

  /** The newest version in the engine's schema log, if the engine's tables exist in the connection's schema. */
  static Optional<String> existingSchemaVersion(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet tables = meta.getTables(null, connection.getSchema(), "act_ge_property", new String[] {"TABLE"})) {
      if (!tables.next()) {
        return Optional.empty();
      }
    }
    try (Statement statement = connection.createStatement();
         ResultSet log = statement.executeQuery(
             "SELECT VERSION_ FROM ACT_GE_SCHEMA_LOG ORDER BY CAST(ID_ AS INTEGER) DESC LIMIT 1")) {
      return Optional.of(log.next() ? log.getString(1) : "unknown (an empty ACT_GE_SCHEMA_LOG)");
    }
  }
}
