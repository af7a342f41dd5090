package kz.edu.leaders.demo;

import kz.edu.leaders.selection.ReserveSelection;
import kz.edu.leaders.selection.TestResultImport;
import kz.edu.leaders.selection.TestResultReport;
import kz.edu.leaders.selection.TestResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.edu.leaders.common.LoggedIn;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The selection's steps as its users take them through the engine (logged in as a user of the right
 * groups, claiming, submitting forms), for the demo cohort and for tests that drive whole cases.
 */
@Component
@Profile("demo")
public class SelectionSteps {

  private static final Logger LOG = LoggerFactory.getLogger(SelectionSteps.class);

  private final ProcessEngine engine;
  private final TestResultImport testResults;

  public SelectionSteps(ProcessEngine engine, TestResultImport testResults) {
    this.engine = engine;
    this.testResults = testResults;
  }

  /** The start form submitted by a user in Tasklist. */
  public ProcessInstance register(String user, Map<String, Object> application) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ReserveSelection.PROCESS_KEY).latestVersion().singleResult().getId();
    return as(user, () -> engine.getFormService().submitStartForm(definition, application));
  }

  /** The user claims the instance's task that is theirs or still free, and submits its form. */
  public void complete(String user, ProcessInstance instance, Map<String, Object> values) {
    as(user, () -> {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .or().taskAssignee(user).taskUnassigned().endOr().list().stream().findFirst()
          .orElseThrow(() -> new IllegalStateException(user + " sees no open task of " + instance.getBusinessKey()
              + " to take"));
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  public TestResultReport testResult(String iin, double legislation, double management, double pedagogy,
                                     double leadership) {
    return testResults.importBatch(2026, List.of(new TestResultRow(1, iin, Map.of("legislation", legislation,
        "management", management, "pedagogy", pedagogy, "leadership", leadership))));
  }

  /** Lets the instance's only timer fire, as if its deadline had passed. */
  public void deadlinePasses(ProcessInstance instance) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .singleResult();
    if (timer == null) {
      throw new IllegalStateException("No timer waits in " + instance.getId());
    }
    engine.getManagementService().executeJob(timer.getId());
  }

  /**
   * Runs the asynchronous continuations (not timers) of the instance and of the processes it called, now.
   * A running job executor may take some first; the loop then looks again.
   */
  public void runJobs(ProcessInstance root) {
    ProcessEngineException last = null;
    for (int attempt = 0; attempt < 100; attempt++) {
      List<String> instances = new ArrayList<>(List.of(root.getId()));
      engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(root.getId()).list()
          .forEach(child -> instances.add(child.getId()));
      List<Job> jobs = instances.stream().flatMap(id ->
          engine.getManagementService().createJobQuery().processInstanceId(id).messages().list().stream()).toList();
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (ProcessEngineException raced) {
          last = raced;
          pause();
        }
      }
    }
    LOG.warn("Jobs of {} still pending", root.getBusinessKey(), last);
  }

  /** Runs the action logged in as the user, with the user's groups, as Tasklist would. */
  public <T> T as(String user, Supplier<T> action) {
    IdentityService identity = engine.getIdentityService();
    return LoggedIn.as(identity, user, LoggedIn.groupsOf(identity, user), action);
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
