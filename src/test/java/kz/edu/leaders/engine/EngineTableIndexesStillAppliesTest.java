package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * What {@link EngineTableIndexes} needs from Camunda 7.24.0: the engine's tables have the columns its indexes and
 * statistics name, and Camunda does not index them itself; the statements they serve are still the engine's (the
 * subtask lookup of a completion, the authorization join of a task query with its permission checks, TASK READ = 2
 * and PROCESS_DEFINITION READ_TASK = 64, written {@code PERMS_ & ? = ?} on PostgreSQL). The app creates these
 * objects leniently (a failure is only logged), so these checks are where a change shows.
 */
class EngineTableIndexesStillAppliesTest {

  static final String PATCH = "EngineTableIndexes";
  static final String CREATE = "org/camunda/bpm/engine/db/create/activiti.%s.create.engine.sql";
  static final String TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  static final String AUTHORIZATION_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Authorization.xml";

  @Test
  void onTheEnginesH2SchemaTheIndexesAreNewAndCreatedWithoutError() throws SQLException {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:engine-table-indexes-" + System.nanoTime());
         Statement statement = h2.createStatement()) {
      ScriptUtils.executeSqlScript(h2, new ClassPathResource(CREATE.formatted("h2")));

      assertThat(indexesLedBy(h2, "ACT_RU_AUTHORIZATION", "USER_ID_")).isEmpty();
      assertThat(indexesLedBy(h2, "ACT_RU_TASK", "PARENT_TASK_ID_")).isEmpty();
      for (String index : EngineTableIndexes.INDEXES) {
        statement.execute(index);
      }
      assertThat(indexesLedBy(h2, "ACT_RU_AUTHORIZATION", "USER_ID_")).containsExactly("LEADERS_IDX_AUTH_USER_ID");
      assertThat(indexesLedBy(h2, "ACT_RU_TASK", "PARENT_TASK_ID_")).containsExactly("LEADERS_IDX_TASK_PARENT");
      assertThat(indexesLedBy(h2, "ACT_RU_AUTHORIZATION", "RESOURCE_ID_")).contains("ACT_IDX_AUTH_RESOURCE_ID");
    }
  }

  @Test
  void theEnginesPostgresqlSchemaHasTheColumnsAndNotTheIndexes() {
    String schema = EngineCode.resource(CREATE.formatted("postgres"));

    assertThat(EngineCode.collapsed(table(schema, "ACT_RU_AUTHORIZATION"))).contains(
        "USER_ID_ varchar(255),", "RESOURCE_TYPE_ integer not null,", "RESOURCE_ID_ varchar(255),", "PERMS_ integer,");
    assertThat(EngineCode.collapsed(table(schema, "ACT_RU_TASK"))).contains("PARENT_TASK_ID_ varchar(64),");
    assertThat(schema).contains("create index ACT_IDX_AUTH_RESOURCE_ID on ACT_RU_AUTHORIZATION(RESOURCE_ID_);")
        .doesNotContainPattern("(?i)index \\w+ on ACT_RU_AUTHORIZATION ?\\( ?USER_ID_")
        .doesNotContainPattern("(?i)index \\w+ on ACT_RU_TASK ?\\( ?PARENT_TASK_ID_");
  }

  @Test
  void completingATaskLooksUpItsSubtasksByParent() {
    assertThat(EngineCode.mapping(TASK_MAPPING, "select", "selectTasksByParentTaskId")).isEqualTo(
        "<select id=\"selectTasksByParentTaskId\" parameterType=\"org.camunda.bpm.engine.impl.db.ListQueryParameterObject\""
            + " resultMap=\"taskResultMap\"> select * from ${prefix}ACT_RU_TASK where PARENT_TASK_ID_ = #{parameter}"
            + " </select>");
  }

  @Test
  void aTaskQueryChecksTaskReadOrProcessDefinitionReadTask() {
    EngineCode.assertUnchanged(PATCH, AuthorizationManager.class, "configureTaskQuery", TaskQueryImpl.class);

    int task = Resources.TASK.resourceType();
    int read = Permissions.READ.getValue();
    int processDefinition = Resources.PROCESS_DEFINITION.resourceType();
    int readTask = Permissions.READ_TASK.getValue();
    assertThat(EngineTableIndexes.POSTGRES_STATISTICS.get(0))
        .contains("(perms_ & %d), (perms_ & %d)".formatted(read, readTask));
    assertThat(EngineTableIndexes.POSTGRES_INDEXES.get(0)).contains(
        "(resource_type_ = %d AND (perms_ & %d) = %d) OR (resource_type_ = %d AND (perms_ & %d) = %d)"
            .formatted(task, read, read, processDefinition, readTask, readTask));
  }

  @Test
  void aTaskQueryJoinsTheAuthorizationsOfTheUserAndGroupsOnTaskProcessOrAny() {
    assertThat(EngineCode.collapsed(EngineCode.resource(TASK_MAPPING))).contains(
        "AUTH ON (AUTH.RESOURCE_ID_ ${authJoinStart} RES.ID_ ${authJoinSeparator} D.KEY_ ${authJoinSeparator} '*'"
            + " ${authJoinEnd})");
    assertThat(EngineCode.mapping(AUTHORIZATION_MAPPING, "sql", "authCheckJoinWithoutOnClauseWithBinding")).isEqualTo(
        "<sql id=\"authCheckJoinWithoutOnClauseWithBinding\"> <choose> <when test=\"useLeftJoin != null &amp;&amp;"
            + " useLeftJoin == true\">left join</when> <otherwise>inner join</otherwise> </choose> ( SELECT A.* FROM"
            + " ${prefix}ACT_RU_AUTHORIZATION A WHERE A.TYPE_ &lt; 2 AND ( A.USER_ID_ in ( #{authCheck.authUserId,"
            + " jdbcType=VARCHAR}, '*') <if test=\"authGroupIds != null &amp;&amp; authGroupIds.size > 0\"> OR"
            + " A.GROUP_ID_ IN <foreach item=\"item\" index=\"index\" collection=\"authGroupIds\" open=\"(\""
            + " separator=\",\" close=\")\">#{item}</foreach> </if> ) <include"
            + " refid=\"org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.atomicChecksOnResourceTypeAndPerms\">"
            + "</include> ) </sql>");
    assertThat(EngineCode.mapping(AUTHORIZATION_MAPPING, "sql", "atomicChecksOnResourceTypeAndPerms")).isEqualTo(
        "<sql id=\"atomicChecksOnResourceTypeAndPerms\"> <if test=\"atomicChecks != null &amp;&amp;"
            + " atomicChecks.size > 0\"> AND ( <if test=\"disjunctive\"> <foreach item=\"permCheck\" index=\"index\""
            + " collection=\"atomicChecks\" open=\"(\" separator=\"OR\" close=\")\"> A.RESOURCE_TYPE_ ="
            + " #{permCheck.resourceType, jdbcType=INTEGER} AND ${bitand1}A.PERMS_${bitand2}#{permCheck.perms,"
            + " jdbcType=INTEGER}${bitand3} = #{permCheck.perms, jdbcType=INTEGER} </foreach> </if> <if"
            + " test=\"!disjunctive\"> <foreach item=\"permCheck\" index=\"index\" collection=\"atomicChecks\""
            + " open=\"(\" separator=\"AND\" close=\")\"> A.RESOURCE_TYPE_ = #{permCheck.resourceType,"
            + " jdbcType=INTEGER} AND ${bitand1}A.PERMS_${bitand2}#{permCheck.perms, jdbcType=INTEGER}${bitand3} ="
            + " #{permCheck.perms, jdbcType=INTEGER} </foreach> </if> ) </if> </sql>");
  }

  @Test
  void onPostgresqlThatJoinIsPlainAndThePermissionTestIsPermsAndValue() {
    Properties mybatis = new Properties();
    ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(mybatis, "", DbSqlSessionFactory.POSTGRES);

    assertThat(mybatis.getProperty("authCheckMethodSuffix")).isEmpty();
    assertThat(mybatis.getProperty("authJoinStart") + "RES.ID_" + mybatis.getProperty("authJoinSeparator") + "'*'"
        + mybatis.getProperty("authJoinEnd")).isEqualTo("IN (RES.ID_,'*')");
    assertThat(mybatis.getProperty("bitand1") + "A.PERMS_" + mybatis.getProperty("bitand2") + "?"
        + mybatis.getProperty("bitand3")).isEqualTo("A.PERMS_ & ?");
  }

  /** The text of {@code create table NAME (...);} in a schema script. */
  private static String table(String schema, String name) {
    Matcher table = Pattern.compile("create table " + name + " \\((.*?)\\);", Pattern.DOTALL).matcher(schema);
    assertThat(table.find()).as("the schema creates %s", name).isTrue();
    return table.group(1);
  }

  /** The names of the table's indexes whose first column is the column. */
  private static List<String> indexesLedBy(Connection connection, String table, String column) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
      while (indexes.next()) {
        if (indexes.getShort("ORDINAL_POSITION") == 1 && column.equalsIgnoreCase(indexes.getString("COLUMN_NAME"))) {
          names.add(indexes.getString("INDEX_NAME").toUpperCase());
        }
      }
    }
    return names;
  }
}
