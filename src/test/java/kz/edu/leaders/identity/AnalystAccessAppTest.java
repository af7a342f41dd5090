package kz.edu.leaders.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.selection.SelectionDriver;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The analyst reads the processes in Cockpit (instances, where they wait, history, the diagrams) and can change
 * nothing, nor read a variable; the people who work on a task still read its variables.
 */
@AppTest
class AnalystAccessAppTest {

  @Autowired TestRestTemplate rest;
  @Autowired SelectionDriver selection;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ManagementService managementService;
  @Autowired IdentitySetup identitySetup;

  ProcessInstance application;
  Task standalone;

  @BeforeEach
  void anApplicationWaitsForItsDocumentCheck() {
    application = selection.register(TestApplications.eligibleTeacher());
    assertThat(selection.task(application).getTaskDefinitionKey()).isEqualTo("Task_CheckDocuments");
  }

  @AfterEach
  void cleanUp() {
    if (standalone != null) {
      taskService.deleteTask(standalone.getId(), true);
    }
  }

  TestRestTemplate analyst() {
    return rest.withBasicAuth("analyst", "analyst");
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> list(TestRestTemplate as, String path) {
    ResponseEntity<List> answer = as.getForEntity("/engine-rest" + path, List.class);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  HttpStatus status(HttpMethod method, String path, Object body) {
    return HttpStatus.valueOf(analyst().exchange("/engine-rest" + path, method,
        body == null ? null : new HttpEntity<>(body), String.class).getStatusCode().value());
  }

  @Test
  void theAnalystOpensCockpitButNotAdmin() {
    assertThat(AccessAppTest.loginTo(rest, "cockpit", "analyst")).isEqualTo(HttpStatus.OK);
    assertThat(AccessAppTest.loginTo(rest, "admin", "analyst")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theAnalystSeesInstancesTheirHistoryAndWhereTheyWait() {
    String id = application.getId();
    String definition = application.getProcessDefinitionId();
    assertThat(list(analyst(), "/process-instance?processInstanceIds=" + id)).hasSize(1);
    assertThat(list(analyst(), "/history/process-instance?processInstanceId=" + id))
        .singleElement().extracting(i -> i.get("businessKey")).isNotNull();
    assertThat(list(analyst(), "/history/activity-instance?processInstanceId=" + id))
        .extracting(a -> a.get("activityId"))
        .contains("StartEvent_ApplicationSubmitted", "Task_CheckEligibility", "Task_CheckDocuments");
    // Cockpit's counts on the diagram (the runtime heat map) and the diagram itself.
    assertThat(list(analyst(), "/process-definition/" + definition + "/statistics"))
        .filteredOn(s -> "Task_CheckDocuments".equals(s.get("id")))
        .singleElement().satisfies(s -> assertThat((Integer) s.get("instances")).isPositive());
    assertThat(analyst().getForEntity("/engine-rest/process-definition/" + definition + "/xml", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list(analyst(), "/decision-definition?key=Decision_Eligibility")).isNotEmpty();
  }

  @Test
  void theAnalystReadsNoVariable() {
    String id = application.getId();
    assertThat(HttpStatus.valueOf(analyst().getForEntity("/engine-rest/process-instance/" + id + "/variables",
        String.class).getStatusCode().value())).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(list(analyst(), "/variable-instance?processInstanceIdIn=" + id)).isEmpty();
    assertThat(list(analyst(), "/history/variable-instance?processInstanceId=" + id)).isEmpty();
    assertThat(list(analyst(), "/history/detail?processInstanceId=" + id)).isEmpty();
    assertThat(list(analyst(), "/task?processInstanceId=" + id)).isEmpty();
    // What the engine itself keeps is there: the analyst is refused, not shown an empty instance.
    assertThat(engine.getRuntimeService().getVariables(id)).containsKeys("applicationNumber", "candidateName");
  }

  @Test
  void theAnalystChangesNothing() {
    String id = application.getId();
    assertThat(status(HttpMethod.PUT, "/process-instance/" + id + "/suspended", Map.of("suspended", true)))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(HttpMethod.PUT, "/process-instance/" + id + "/variables/documentDecision",
        Map.of("value", "accept", "type", "String"))).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(HttpMethod.DELETE, "/process-instance/" + id, null)).isEqualTo(HttpStatus.FORBIDDEN);
    // (ReserveSelection's start is refused earlier, by the submission gate: the start form's fields are missing.)
    assertThat(status(HttpMethod.POST, "/process-definition/key/CommissionInterview/start", Map.of()))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(authorizationService.isUserAuthorized("analyst", List.of(Groups.ANALYSTS),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "ReserveSelection")).isFalse();
    assertThat(authorizationService.isUserAuthorized("analyst", List.of(Groups.ANALYSTS),
        ProcessDefinitionPermissions.MIGRATE_INSTANCE, Resources.PROCESS_DEFINITION, "ReserveSelection")).isFalse();
    assertThat(status(HttpMethod.PUT, "/process-definition/" + application.getProcessDefinitionId() + "/suspended",
        Map.of("suspended", true))).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).active().count())
        .isOne();
  }

  @Test
  void theOperatorStillReadsTheVariablesOfTheTaskInTasklist() {
    Task check = selection.task(application);
    var operator = rest.withBasicAuth("operator", "operator");
    @SuppressWarnings("unchecked")
    Map<String, Object> form = operator.getForEntity("/engine-rest/task/" + check.getId() + "/form-variables",
        Map.class).getBody();
    assertThat(form).containsKeys("applicationNumber", "candidateName");
    assertThat(HttpStatus.valueOf(operator.getForEntity("/engine-rest/process-instance/" + application.getId()
        + "/variables", String.class).getStatusCode().value())).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** A database from before variables needed their own permission: its tasks' grants get READ_VARIABLE once. */
  @Test
  void theTasksOfAnOlderDatabaseKeepTheirVariablesForTheirPeople() {
    standalone = taskService.newTask();
    standalone.setName("Check documents");
    taskService.saveTask(standalone);
    taskService.addCandidateGroup(standalone.getId(), Groups.CPE_OPERATORS);
    Authorization grant = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(standalone.getId()).groupIdIn(Groups.CPE_OPERATORS).singleResult();
    assertThat(grant.isPermissionGranted(TaskPermissions.READ_VARIABLE)).as("granted with a new task").isTrue();
    grant.removePermission(TaskPermissions.READ_VARIABLE);
    authorizationService.saveAuthorization(grant);
    managementService.deleteProperty(IdentitySetup.TASK_GRANTS_READ_VARIABLE);

    identitySetup.postProcessEngineBuild(engine);

    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(standalone.getId()).groupIdIn(Groups.CPE_OPERATORS).singleResult()
        .isPermissionGranted(TaskPermissions.READ_VARIABLE)).isTrue();
    assertThat(managementService.getProperties()).containsKey(IdentitySetup.TASK_GRANTS_READ_VARIABLE);
  }
}
