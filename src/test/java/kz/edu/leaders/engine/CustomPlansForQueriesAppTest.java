package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestProfiles;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A query is planned with its parameters and without merge joins, in its own transaction only; other commands
 * keep PostgreSQL's defaults (prepared statements reuse their plans). H2 has no such settings and is left alone.
 */
@AppTest
class CustomPlansForQueriesAppTest {

  @Autowired ProcessEngine engine;

  CommandExecutor executor() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  static String planMode(CommandContext context) {
    if (!TestProfiles.onPostgres()) {
      return "none";
    }
    try (var statement = context.getDbSqlSession().getSqlSession().getConnection().createStatement();
         var result = statement.executeQuery("SELECT current_setting('plan_cache_mode'),"
             + " current_setting('enable_mergejoin')")) {
      result.next();
      return result.getString(1) + ", mergejoin " + result.getString(2);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aTaskQueryIsPlannedWithItsParameters() {
    AtomicReference<String> seen = new AtomicReference<>();
    TaskQueryImpl probe = new TaskQueryImpl(executor()) {
      @Override
      public List<Task> executeList(CommandContext context, Page page) {
        seen.set(planMode(context));
        return super.executeList(context, page);
      }
    };

    probe.taskCandidateGroup("cpe-operators-turkistan").list();

    assertThat(seen.get()).isEqualTo(TestProfiles.onPostgres() ? "force_custom_plan, mergejoin off" : "none");
  }

  @Test
  void otherCommandsAndLaterTransactionsReuseTheirPlans() {
    engine.getTaskService().createTaskQuery().taskCandidateGroup("cpe-operators-turkistan").count();

    String mode = executor().execute(CustomPlansForQueriesAppTest::planMode);

    assertThat(mode).isEqualTo(TestProfiles.onPostgres() ? "auto, mergejoin on" : "none");
  }
}
