package kz.edu.bench.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.domain.Region;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bare engine on the same database: process {@code SimulatorBaseline}, deployed from code (not a product
 * process), a chain of K user tasks without listeners, forms, delegates or DMN. Each instance's tasks go to the
 * operators of a region drawn as the project's applications are (a start variable names the group), so that a
 * group holds the same share of the open tasks as in the project. Started and worked the way the simulator works
 * the project: the same threads, the same discovery, and per task the same calls as an operator of that region
 * (claim, then submit the task form with one value). Its instances end normally.
 */
@Component
public class BareEngineBaseline {

  public static final String PROCESS_KEY = "SimulatorBaseline";
  static final String GROUP_VARIABLE = "candidateGroup";

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final SimulatorUsers users;

  public BareEngineBaseline(ProcessEngine engine, JdbcTemplate jdbc, SimulatorUsers users) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.users = users;
  }

  public static BpmnModelInstance model(int k) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(PROCESS_KEY)
        .name("Simulator baseline: " + k + " user tasks, bare").camundaHistoryTimeToLive(1)
        .startEvent("Start");
    for (int i = 1; i <= k; i++) {
      flow = flow.userTask("Task_" + i).name("Step " + i).camundaCandidateGroups("${" + GROUP_VARIABLE + "}");
    }
    return flow.endEvent("End").done();
  }

  /** Runs {@code instances} instances of a chain of {@code k} tasks; answers the figures. */
  public Map<String, Object> run(int k, int instances, SimulatorSettings settings) {
    engine.getRepositoryService().createDeployment().name("simulator-baseline")
        .addModelInstance("simulator-baseline-" + k + ".bpmn", model(k)).enableDuplicateFiltering(true).deploy();
    grantStart();
    String run = "SB-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    String user = SimulatorUsers.OPERATOR;
    FunnelPolicy policy = new FunnelPolicy(settings.getSeed());
    users.ensureRegionalOperators();
    RunStats stats = new RunStats();
    AtomicLong started = new AtomicLong();
    System.out.printf("[sim] bare engine: %d instances of %d user task(s), %d threads%n", instances, k,
        settings.getThreads());
    ExecutorService pool = Executors.newFixedThreadPool(settings.getThreads());
    long t0 = System.nanoTime();
    double startSeconds = 0;
    try {
      List<Callable<Void>> starts = new ArrayList<>();
      int threads = settings.getThreads();
      for (int t = 0; t < threads; t++) {
        int first = t;
        starts.add(() -> {
          for (int i = first; i < instances; i += threads) {
            String key = run + i;
            if (Simulator.mine(key, settings)) {
              String group = Groups.inRegion(Groups.CPE_OPERATORS, region(policy, i));
              users.as(user, () -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, key,
                  Map.of(GROUP_VARIABLE, group)));
              started.incrementAndGet();
            }
          }
          return null;
        });
      }
      Simulator.invokeAll(pool, starts);
      startSeconds = (System.nanoTime() - t0) / 1e9;
      while (true) {
        List<String[]> tasks = jdbc.query("""
            SELECT t.ID_ AS id, p.BUSINESS_KEY_ AS bk FROM ACT_RU_TASK t
            JOIN ACT_RU_EXECUTION p ON p.ID_ = t.PROC_INST_ID_
            JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_
            WHERE d.KEY_ = ? AND p.BUSINESS_KEY_ LIKE ? ORDER BY t.CREATE_TIME_, t.ID_""",
            (rs, n) -> new String[] {rs.getString("id"), rs.getString("bk")}, PROCESS_KEY, run + "%")
            .stream().filter(task -> Simulator.mine(task[1], settings)).toList();
        if (tasks.isEmpty()) {
          break;
        }
        stats.rounds.incrementAndGet();
        List<Callable<Void>> work = new ArrayList<>();
        tasks.stream().collect(Collectors.groupingBy(task -> task[1], LinkedHashMap::new, Collectors.toList()))
            .values().forEach(caseTasks -> work.add(() -> {
              for (String[] task : caseTasks) {
                int index = Integer.parseInt(task[1].substring(run.length()));
                complete(task[0], SimulatorUsers.regionalOperator(region(policy, index)), stats);
              }
              return null;
            }));
        Simulator.invokeAll(pool, work);
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("process", PROCESS_KEY);
    figures.put("userTasksPerInstance", k);
    figures.put("instancesStarted", started.get());
    figures.put("tasksCompleted", stats.tasksCompleted.get());
    figures.put("wallSeconds", Simulator.round(seconds));
    figures.put("phases", Map.of("startSeconds", Simulator.round(startSeconds),
        "taskSeconds", Simulator.round(seconds - startSeconds)));
    figures.put("instancesPerSecond", Simulator.round(started.get() / seconds));
    figures.put("tasksPerSecond", Simulator.round(stats.tasksCompleted.get() / seconds));
    figures.put("taskCompletionLatency", stats.taskCompletion.summary());
    figures.put("errors", RunStats.plain(stats.errors));
    return figures;
  }

  /** The region of the baseline's instance {@code index}: drawn as the project's application {@code index}'s. */
  private static Region region(FunnelPolicy policy, int index) {
    return policy.region("a" + index);
  }

  private void complete(String taskId, String user, RunStats stats) {
    try {
      users.as(user, () -> {
        engine.getTaskService().claim(taskId, user);
        long start = System.nanoTime();
        engine.getFormService().submitTaskForm(taskId, Map.of("done", true));
        stats.completed("baseline", System.nanoTime() - start);
        return null;
      });
    } catch (RuntimeException e) {
      stats.error("baseline task", e);
    }
  }

  /** The operators may start the baseline (as they start the selection): READ and CREATE_INSTANCE on it. */
  private void grantStart() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().groupIdIn(Groups.CPE_OPERATORS)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(PROCESS_KEY).count() > 0) {
      return;
    }
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(Groups.CPE_OPERATORS);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(PROCESS_KEY);
    grant.addPermission(Permissions.READ);
    grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
    try {
      authorizations.saveAuthorization(grant);
    } catch (RuntimeException e) {
      // Another node granted it at the same moment.
    }
  }
}
