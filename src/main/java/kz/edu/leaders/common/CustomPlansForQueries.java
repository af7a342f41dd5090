package kz.edu.leaders.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * On PostgreSQL, the engine's queries (Tasklist's filters and task lists, REST queries) are planned with their
 * parameters; everything else reuses the plans of its prepared statements.
 *
 * <p>A task list with authorization checks needs a plan made with its parameters: a generic plan cannot use the
 * statistics on {@code PERMS_ & ?} (see {@link EngineTableIndexes}) and scans every authorization once per task,
 * a 71-second count with a cycle's tasks open (docs/performance.md, "Task-list latency at scale"). Forcing custom
 * plans on every connection did that, but also re-planned each of the ~200 inserts, updates and lookups per
 * application the engine sends, in a simulated cycle more of PostgreSQL's time than executing them. So custom
 * plans are switched on only for the transaction of a query command ({@code SET LOCAL}, undone at its end).
 *
 * <p>In the same transaction PostgreSQL is told to avoid merge joins. For the count of a regional operator's
 * group tasks it merged the candidate links with the task table in the order of its primary key, visiting every
 * open task (UUID ids, so in no order on disk) to keep the region's tenth: 92 ms against 52 ms for the hash join
 * it picks otherwise, with a cycle's 30,000 tasks open. The engine's queries join on ids and return a page;
 * none of those measured needed a merge join (docs/performance.md, "Task-list latency at scale").
 */
@Component
public class CustomPlansForQueries extends AbstractCamundaConfiguration {

  static final String SET_CUSTOM_PLANS =
      "SET LOCAL plan_cache_mode = force_custom_plan; SET LOCAL enable_mergejoin = off";
  private static final Object APPLIED = new Object();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new Interceptor());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  static boolean isQuery(Command<?> command) {
    return command instanceof AbstractQuery<?, ?> || command instanceof AbstractExecuteFilterCmd;
  }

  /** Runs inside the command's transaction, before the command. */
  static class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (isQuery(command) && "postgres".equals(Context.getProcessEngineConfiguration().getDatabaseType())) {
        customPlansInThisTransaction(Context.getCommandContext());
      }
      return next.execute(command);
    }

    private static void customPlansInThisTransaction(CommandContext commandContext) {
      boolean inSpringTransaction = TransactionSynchronizationManager.isSynchronizationActive();
      if (inSpringTransaction && TransactionSynchronizationManager.hasResource(APPLIED)) {
        return;
      }
      Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
      try (Statement statement = connection.createStatement()) {
        statement.execute(SET_CUSTOM_PLANS);
      } catch (SQLException e) {
        throw new ProcessEngineException("Could not plan the query with its parameters", e);
      }
      if (inSpringTransaction) {
        TransactionSynchronizationManager.bindResource(APPLIED, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(APPLIED);
          }
        });
      }
    }
  }
}
