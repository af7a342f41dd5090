package kz.edu.leaders.selection;

import kz.edu.leaders.identity.IdentitySetup;
import kz.edu.leaders.demo.SelectionSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The CPE's operators work in regional branches: an application's documents are checked, and its corrections
 * received, by the operators of the application's region only. Demo users: {@code operator} works in Turkistan,
 * {@code operator2} in Almaty (city); any operator may register an application of any region.
 */
@AppTest
class DocumentCheckByRegionAppTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired SelectionDriver selection;
  @Autowired SelectionSteps steps;
  @Autowired TestRestTemplate rest;

  Map<String, Object> application;

  @BeforeEach
  void aTurkistanTeachersApplication() {
    BpmnAwareTests.init(engine);
    application = TestApplications.eligibleTeacher();
  }

  @Test
  void theDocumentCheckGoesToTheOperatorsOfTheApplicationsRegionWhoeverRegisteredIt() {
    ProcessInstance turkistan = selection.register(application);
    Map<String, Object> fromShymkent = TestApplications.eligibleTeacher();
    fromShymkent.put("region", "SHYMKENT");
    // The Turkistan operator takes a Shymkent teacher's application: registration is open to every operator.
    ProcessInstance shymkent = selection.register(fromShymkent);

    BpmnAwareTests.assertThat(turkistan).isWaitingAt("Task_CheckDocuments");
    BpmnAwareTests.assertThat(shymkent).isWaitingAt("Task_CheckDocuments");
    assertThat(candidateGroups(selection.task(turkistan))).containsExactly("cpe-operators-turkistan");
    assertThat(candidateGroups(selection.task(shymkent))).containsExactly("cpe-operators-shymkent");
    assertThat(myGroupTasks("operator")).contains(selection.task(turkistan).getId())
        .doesNotContain(selection.task(shymkent).getId());
  }

  @Test
  void anOperatorOfAnotherRegionNeitherSeesNorTakesTheCheck() {
    ProcessInstance instance = steps.register("operator2", application);
    String taskId = selection.task(instance).getId();

    assertThat(myGroupTasks("operator2")).doesNotContain(taskId);
    assertThat(steps.as("operator2", () -> taskService.createTaskQuery().taskId(taskId).count())).isZero();
    assertThat(rest.withBasicAuth("operator2", "operator2").exchange("/engine-rest/task?processInstanceId="
        + instance.getId(), HttpMethod.GET, null, LIST).getBody()).isEmpty();

    assertThatThrownBy(() -> steps.as("operator2", () -> {
      taskService.claim(taskId, "operator2");
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> steps.as("operator2", () -> {
      engine.getFormService().submitTaskForm(taskId, Map.of("documentDecision", "accept"));
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThat(post("operator2", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "operator2"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("operator2", "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", Map.of("documentDecision", Map.of("value", "accept")))).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(selection.task(instance).getAssignee()).isNull();
    assertThat(selection.decisions(instance)).isEmpty();

    // Turkistan's operator finds it in "My group tasks" and checks it through the same REST calls.
    assertThat(myGroupTasks("operator")).contains(taskId);
    assertThat(post("operator", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "operator"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post("operator", "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", Map.of("documentDecision", Map.of("value", "accept")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_WaitForTestResult");
    assertThat(selection.decisions(instance)).singleElement().satisfies(d -> assertThat(d.decidedBy())
        .isEqualTo("operator"));
  }

  @Test
  void aRegionSubmittedWithTheDecisionIsRefusedAndWouldNotMoveTheCorrectionAnyway() {
    ProcessInstance instance = selection.register(application);
    String taskId = selection.task(instance).getId();
    post("operator", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "operator"));
    Map<String, Object> decision = Map.of("documentDecision", "return",
        "documentDecisionReason", "The copy of the diploma is unreadable", "region", "ALMATY");

    ResponseEntity<String> forged = post("operator", "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", Map.of("documentDecision", Map.of("value", "return"),
            "documentDecisionReason", Map.of("value", "The copy of the diploma is unreadable"),
            "region", Map.of("value", "ALMATY"))));

    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forged.getBody()).contains("\"field\":\"region\"", "is not a field of this form");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CheckDocuments");
    // The process keeps no region variable (the record has it): the refused submission wrote none.
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "region")).isNull();

    // Code that bypasses the HTTP gate (the Java API) still cannot move the case: routing reads the record.
    steps.as("operator", () -> {
      engine.getFormService().submitTaskForm(taskId, decision);
      return null;
    });
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReceiveCorrectedDocuments");
    Task correction = selection.task(instance);
    assertThat(candidateGroups(correction)).containsExactly("cpe-operators-turkistan");
    assertThat(myGroupTasks("operator2")).doesNotContain(correction.getId());
    assertThat(myGroupTasks("operator")).contains(correction.getId());
  }

  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  ResponseEntity<String> post(String user, String path, Object body) {
    return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body), String.class);
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  /** The task ids in the user's Tasklist filter "My group tasks", logged in with the user's groups. */
  List<String> myGroupTasks(String user) {
    return steps.as(user, () -> {
      String filter = filterService.createFilterQuery().filterName(IdentitySetup.MY_GROUP_TASKS).singleResult().getId();
      return filterService.<Task>list(filter).stream().map(Task::getId).toList();
    });
  }
}
