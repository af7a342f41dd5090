package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutorImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringTransactionInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * What {@link CustomPlansForQueries} needs from Camunda 7.24.0: the engine calls PostgreSQL {@code postgres}; a custom
 * post-interceptor runs inside the command's Spring transaction and command context (so {@code SET LOCAL} holds for
 * the query and ends with it); and the queries of Tasklist and REST reach the command executor as commands it
 * recognises ({@code AbstractQuery} or {@code AbstractExecuteFilterCmd}).
 */
class CustomPlansForQueriesStillAppliesTest {

  @Test
  void theEngineCallsPostgresqlByTheNameThePatchChecks() {
    assertThat(DbSqlSessionFactory.POSTGRES).isEqualTo("postgres");
  }

  @Test
  void thePatchsInterceptorRunsInsideTheTransactionAndTheCommandContext() {
    var configuration = EngineCode.configurationWith(new CustomPlansForQueries());
    configuration.setTransactionManager(new DataSourceTransactionManager(new SimpleDriverDataSource()));

    EngineCode.call(configuration, "initActualCommandExecutor", "initCommandInterceptorsTxRequired");

    List<Class<?>> chain = configuration.getCommandInterceptorsTxRequired().stream()
        .<Class<?>>map(CommandInterceptor::getClass).toList();
    assertThat(chain).containsSubsequence(SpringTransactionInterceptor.class, CommandContextInterceptor.class,
        CustomPlansForQueries.Interceptor.class, CommandExecutorImpl.class);
  }

  @Test
  void taskListsAndCountsAreCommandsThePatchRecognises() {
    Commands commands = new Commands();

    commands.of(() -> new TaskQueryImpl(commands).taskCandidateGroup("g").list());
    commands.of(() -> new TaskQueryImpl(commands).taskCandidateGroup("g").listPage(0, 15));
    commands.of(() -> new TaskQueryImpl(commands).taskCandidateGroup("g").count());
    commands.of(() -> new TaskQueryImpl(commands).taskId("t").singleResult());
    commands.of(() -> new ProcessDefinitionQueryImpl(commands).processDefinitionKey("p").list());

    assertThat(commands.seen).hasSize(5).allMatch(CustomPlansForQueries::isQuery);
  }

  @Test
  void savedFiltersAreCommandsThePatchRecognises() {
    Commands commands = new Commands();
    FilterServiceImpl filters = new FilterServiceImpl();
    filters.setCommandExecutor(commands);
    TaskQueryImpl extending = new TaskQueryImpl();

    commands.of(() -> filters.list("f"));
    commands.of(() -> filters.listPage("f", 0, 15));
    commands.of(() -> filters.count("f"));
    commands.of(() -> filters.singleResult("f"));
    commands.of(() -> filters.list("f", extending));
    commands.of(() -> filters.listPage("f", extending, 0, 15));
    commands.of(() -> filters.count("f", extending));
    commands.of(() -> filters.singleResult("f", extending));

    assertThat(commands.seen).hasSize(8).allMatch(CustomPlansForQueries::isQuery);
  }

  @Test
  void completingATaskIsNotAQuery() {
    Commands commands = new Commands();
    TaskServiceImpl tasks = new TaskServiceImpl();
    tasks.setCommandExecutor(commands);

    commands.of(() -> tasks.complete("t"));

    assertThat(commands.seen).hasSize(1).noneMatch(CustomPlansForQueries::isQuery);
  }

  /** A command executor that notes the command it is given and goes no further. */
  private static final class Commands implements CommandExecutor {

    final List<Command<?>> seen = new ArrayList<>();

    @Override
    public <T> T execute(Command<T> command) {
      seen.add(command);
      throw new Seen();
    }

    void of(Runnable call) {
      try {
        call.run();
      } catch (Seen expected) {
        // the command reached the executor
      }
    }

    private static final class Seen extends RuntimeException {
      Seen() {
        super(null, null, false, false);
      }
    }
  }
}
