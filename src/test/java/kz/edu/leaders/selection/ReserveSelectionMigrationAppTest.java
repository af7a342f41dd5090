package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A redesigned ReserveSelection goes live while applications are under way (docs/analyst.md): the new version
 * (src/test/resources/migration/reserve-selection.bpmn) adds the milestone "Documents accepted" after the document
 * check and gives the coordinator's task an id that says both things it does
 * (Task_AssignInternship becomes Task_RecordTrainingAndAssignInternship). Running applications keep their version
 * until a migration plan moves them; one that is not moved goes on in the old version.
 *
 * <p>On PostgreSQL the database must be the run's own (as CI's is): for the seconds the test's versions exist they are
 * the latest ReserveSelection for anyone using the database, and are removed with what started on them.
 */
@AppTest
class ReserveSelectionMigrationAppTest {

  static final Path CURRENT = Path.of("bpmn/reserve-selection.bpmn");
  static final Path CHANGED = Path.of("src/test/resources/migration/reserve-selection.bpmn");

  @Autowired SelectionDriver selection;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  final List<String> deployments = new ArrayList<>();
  ProcessDefinition current;

  /**
   * A version of ReserveSelection of the test's own, deployed as the app deploys it: the diagram with its decision
   * table and every form in one deployment (the diagram binds them by deployment).
   */
  ProcessDefinition deploy(Path diagram) {
    DeploymentBuilder deployment = repositoryService.createDeployment().name("ReserveSelection migration test")
        .addString("reserve-selection.bpmn", read(diagram))
        .addString("eligibility.dmn", read(Path.of("bpmn/eligibility.dmn")));
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      forms.filter(f -> f.toString().endsWith(".form"))
          .forEach(f -> deployment.addString(f.getFileName().toString(), read(f)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String id = deployment.deploy().getId();
    deployments.add(id);
    return repositoryService.createProcessDefinitionQuery().deploymentId(id)
        .processDefinitionKey(ReserveSelection.PROCESS_KEY).singleResult();
  }

  static String read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void theCurrentVersion() {
    current = deploy(CURRENT);
  }

  /** The test's versions go, with their instances: the app's own version of ReserveSelection is the latest again. */
  @AfterEach
  void removeTheTestsVersions() {
    for (String id : deployments) {
      repositoryService.deleteDeployment(id, true);
    }
  }

  Task taskOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  String definitionOf(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId();
  }

  /** Each variable's value as text (JSON values are equal by their text, not as objects). */
  Map<String, String> variables(ProcessInstance instance) {
    Map<String, String> texts = new java.util.TreeMap<>();
    runtimeService.getVariables(instance.getId()).forEach((name, value) -> texts.put(name, String.valueOf(value)));
    return texts;
  }

  boolean passed(ProcessInstance instance, String activity) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(activity).count() > 0;
  }

  @Test
  void runningApplicationsMoveToTheNewVersionWhereTheyWaitWithTheirVariables() {
    ProcessInstance documents = selection.register(TestApplications.eligibleTeacher());
    ProcessInstance internship = selection.admittedToTraining(TestApplications.eligibleTeacher());
    ProcessInstance staysBehind = selection.register(TestApplications.eligibleTeacher());
    assertThat(List.of(documents, internship, staysBehind)).extracting(this::definitionOf)
        .containsOnly(current.getId());
    Task documentCheck = taskOf(documents);
    Task assignment = taskOf(internship);
    assertThat(assignment.getTaskDefinitionKey()).isEqualTo("Task_AssignInternship");
    Map<String, String> documentVariables = variables(documents);
    Map<String, String> internshipVariables = variables(internship);

    ProcessDefinition changed = deploy(CHANGED);

    // A new version changes nothing that runs: every application is still on the version it started in.
    assertThat(changed.getVersion()).isEqualTo(current.getVersion() + 1);
    assertThat(List.of(documents, internship, staysBehind)).extracting(this::definitionOf)
        .containsOnly(current.getId());

    MigrationPlan plan = runtimeService.createMigrationPlan(current.getId(), changed.getId())
        .mapEqualActivities()
        .mapActivities("Task_AssignInternship", "Task_RecordTrainingAndAssignInternship")
        .build();
    runtimeService.newMigration(plan).processInstanceIds(documents.getId(), internship.getId()).execute();

    assertThat(definitionOf(documents)).isEqualTo(changed.getId());
    assertThat(definitionOf(internship)).isEqualTo(changed.getId());
    assertThat(definitionOf(staysBehind)).isEqualTo(current.getId());
    // The same tasks, with their candidates, in the activities of the new version.
    assertThat(taskOf(documents).getId()).isEqualTo(documentCheck.getId());
    assertThat(taskOf(documents).getTaskDefinitionKey()).isEqualTo("Task_CheckDocuments");
    assertThat(taskOf(internship).getId()).isEqualTo(assignment.getId());
    assertThat(taskOf(internship).getTaskDefinitionKey()).isEqualTo("Task_RecordTrainingAndAssignInternship");
    assertThat(taskService.getIdentityLinksForTask(assignment.getId())).extracting(l -> l.getGroupId())
        .contains("cpe-coordinators");
    assertThat(variables(documents)).isEqualTo(documentVariables).containsKeys("applicationNumber", "candidateName");
    assertThat(variables(internship)).isEqualTo(internshipVariables).containsKeys("testPassed", "mentorOptions");

    // Each goes on in its version: the moved one passes the new milestone, the one left behind does not.
    selection.checkDocuments(documents, "accept", null);
    selection.checkDocuments(staysBehind, "accept", null);
    assertThat(passed(documents, "Event_DocumentsAccepted")).isTrue();
    assertThat(passed(staysBehind, "Event_DocumentsAccepted")).isFalse();
    assertThat(runtimeService.getActiveActivityIds(documents.getId())).containsExactly("Task_WaitForTestResult");
    assertThat(runtimeService.getActiveActivityIds(staysBehind.getId())).containsExactly("Task_WaitForTestResult");
    selection.assignInternship(internship, "mentor", "2026-10-01", "2026-12-15");
    assertThat(taskOf(internship).getTaskDefinitionKey()).isEqualTo("Task_EvaluateInternship");
    assertThat(taskOf(internship).getAssignee()).isEqualTo("mentor");
    assertThat(selection.record(internship).stage()).isEqualTo(Stage.INTERNSHIP);
  }

  /** The engine refuses a plan that would put an application where it cannot be: nothing moves. */
  @Test
  void aPlanThatCannotHoldIsRefusedBeforeAnythingMoves() {
    ProcessInstance waiting = selection.register(TestApplications.eligibleTeacher());
    ProcessDefinition changed = deploy(CHANGED);

    // Without the explicit mapping, an application at the coordinator's task would have nowhere to go.
    MigrationPlan equalOnly = runtimeService.createMigrationPlan(current.getId(), changed.getId())
        .mapEqualActivities().build();
    assertThat(equalOnly.getInstructions()).extracting(i -> i.getSourceActivityId())
        .contains("Task_CheckDocuments").doesNotContain("Task_AssignInternship");
    // A user task cannot become a wait for a message.
    assertThatThrownBy(() -> runtimeService.createMigrationPlan(current.getId(), changed.getId())
        .mapActivities("Task_CheckDocuments", "Task_WaitForTestResult").build())
        .isInstanceOf(MigrationPlanValidationException.class);
    assertThat(definitionOf(waiting)).isEqualTo(current.getId());
  }
}
