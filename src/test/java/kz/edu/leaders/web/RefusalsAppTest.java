package kz.edu.leaders.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.selection.SelectionDriver;
import kz.edu.leaders.demo.SelectionSteps;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.ErrorFields;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every refusal is a 4xx with the reason, whichever way it comes in, and changes nothing: the engine's 500s for a
 * gone task, a task of a running process deleted, a claim the process refuses, a start without its fields; the
 * ways around a form; numbers in disguise; bodies too large; counts for non-administrators.
 */
@AppTest
class RefusalsAppTest {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired SelectionDriver selection;
  @Autowired SelectionSteps steps;

  ResponseEntity<Map<String, Object>> call(String user, HttpMethod method, String path, Object body) {
    // Demo users' passwords are their ids; the administrator's is the test profile's.
    String password = user.equals("admin") ? "admin-test" : user;
    return rest.withBasicAuth(user, password).exchange(path, method, body == null ? null : new HttpEntity<>(body), JSON);
  }

  ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    return call(user, HttpMethod.POST, path, body);
  }

  @Test
  void aCompletionReplayedOnATaskThatIsDoneIsNotFound() {
    ProcessInstance instance = selection.register(TestApplications.eligibleTeacher());
    String taskId = selection.task(instance).getId();
    Map<String, Object> accept = Map.of("variables", Map.of("documentDecision", Map.of("value", "accept")));
    assertThat(post("operator", "/engine-rest/task/" + taskId + "/submit-form", accept).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    for (String action : List.of("submit-form", "complete", "claim", "resolve")) {
      ResponseEntity<Map<String, Object>> again = post("operator", "/engine-rest/task/" + taskId + "/" + action, accept);
      assertThat(again.getStatusCode()).as(action).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(again.getBody()).containsEntry("code", "task.notFound");
    }
    assertThat(selection.decisions(instance)).hasSize(1);
  }

  @Test
  void aTaskOfARunningProcessCannotBeDeletedByAnyone() {
    ProcessInstance instance = selection.register(TestApplications.eligibleTeacher());
    String taskId = selection.task(instance).getId();
    for (String user : List.of("operator", "admin")) {
      ResponseEntity<Map<String, Object>> response = call(user, HttpMethod.DELETE, "/engine-rest/task/" + taskId, null);
      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.CONFLICT);
      assertThat(response.getBody()).containsEntry("code", "task.partOfProcess");
    }
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CheckDocuments");
  }

  @Test
  void aClaimTheProcessRefusesIsAClearRefusal() {
    ProcessInstance instance = selection.admittedToFinalAssessment(TestApplications.eligibleTeacher());
    Task first = selection.claimAssessment("assessor", instance);
    Task second = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_AssessReport").taskUnassigned().singleResult();

    ResponseEntity<Map<String, Object>> twice = post("assessor", "/engine-rest/task/" + second.getId() + "/claim",
        Map.of("userId", "assessor"));
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ErrorFields.of(twice.getBody())).singleElement().asString()
        .startsWith("assignee: assessor already assesses this report");
    ResponseEntity<Map<String, Object>> taken = post("assessor2", "/engine-rest/task/" + first.getId() + "/claim",
        Map.of("userId", "assessor2"));
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(taken.getBody()).containsEntry("code", "task.alreadyClaimed");
    assertThat(engine.getTaskService().createTaskQuery().taskId(second.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void aStartWithoutItsFieldsNamesEachOneAndStartsNothing() {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    for (String action : List.of("start", "submit-form")) {
      ResponseEntity<Map<String, Object>> response =
          post("operator", "/engine-rest/process-definition/key/ReserveSelection/" + action, Map.of());
      assertThat(response.getStatusCode()).as(action).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(ErrorFields.of(response.getBody())).contains("iin: is required", "region: is required");
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aStartThatWouldSkipTheProcessesOwnListenersIsForAdministrators() {
    ResponseEntity<Map<String, Object>> response = post("operator",
        "/engine-rest/process-definition/key/ReserveSelection/start", Map.of("skipCustomListeners", true));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).containsEntry("code", "submission.optionForAdministrators");
  }

  @Test
  void variablesAreWrittenOnlyThroughATasksForm() {
    ProcessInstance instance = selection.register(TestApplications.eligibleTeacher());
    String taskId = selection.task(instance).getId();
    Map<String, Object> forged = Map.of("value", "ALMATY");
    List<ResponseEntity<Map<String, Object>>> attempts = List.of(
        call("operator", HttpMethod.PUT, "/engine-rest/task/" + taskId + "/variables/school", forged),
        post("operator", "/engine-rest/task/" + taskId + "/variables", Map.of("modifications", Map.of("school", forged))),
        post("operator", "/engine-rest/task/" + taskId + "/localVariables", Map.of("modifications", Map.of("school", forged))),
        post("operator", "/engine-rest/process-instance/" + instance.getId() + "/variables",
            Map.of("modifications", Map.of("school", forged))),
        post("operator", "/engine-rest/execution/" + instance.getId() + "/localVariables",
            Map.of("modifications", Map.of("school", forged))),
        post("operator", "/engine-rest/message", Map.of("messageName", "TestResult",
            "processInstanceId", instance.getId(), "processVariables", Map.of("school", forged))),
        post("operator", "/engine-rest/task/" + taskId + "/bpmnError", Map.of("errorCode", "x",
            "variables", Map.of("school", forged))),
        post("operator", "/engine-rest/signal", Map.of("name", "x", "variables", Map.of("school", forged))),
        post("operator", "/engine-rest/condition", Map.of("variables", Map.of("school", forged))));
    attempts.forEach(response -> {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(response.getBody()).containsEntry("code", "submission.variablesOnlyThroughForms");
    });
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "school")).isEqualTo("School-lyceum No. 12, Turkistan");
    // Below the gate, the engine gives candidates TASK_WORK only: claim and complete, no variable updates.
    assertThatThrownBy(() -> steps.as("operator", () -> {
      engine.getTaskService().setVariable(taskId, "school", "ALMATY");
      return null;
    })).isInstanceOf(AuthorizationException.class);
  }

  @Test
  void aNumberInDisguiseIsNotAWholeNumber() {
    ProcessInstance interview = selection.interview(selection.admittedToInterview(TestApplications.eligibleTeacher()));
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(interview.getId())
        .taskAssignee("commission").singleResult();
    for (Object disguised : List.of(8.0, 1e1, "1e1")) {
      ResponseEntity<Map<String, Object>> response = post("commission", "/engine-rest/task/" + task.getId()
          + "/submit-form", Map.of("variables", Map.of("conflictOfInterest", Map.of("value", false),
          "interviewVision", Map.of("value", disguised), "interviewCompetence", Map.of("value", 8),
          "interviewCommunication", Map.of("value", 8), "interviewMotivation", Map.of("value", 8))));
      assertThat(response.getStatusCode()).as("%s", disguised).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(ErrorFields.of(response.getBody())).containsExactly("interviewVision: must be a whole number");
    }
    ResponseEntity<Map<String, Object>> api = post("portal", "/api/selection/applications",
        Map.of("cycle", 2.026e3));
    assertThat(ErrorFields.of(api.getBody())).contains("cycle: must be a whole number");
  }

  @Test
  void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
    String huge = "{\"surname\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}";
    ResponseEntity<Map<String, Object>> declared = post("portal", "/api/selection/applications", json(huge));
    assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(declared.getBody()).containsEntry("code", "request.bodyTooLarge");

    ProcessInstance instance = selection.register(TestApplications.eligibleTeacher());
    String big = "{\"variables\": {\"documentDecision\": {\"value\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}}}";
    ResponseEntity<Map<String, Object>> engineRest = post("operator", "/engine-rest/task/"
        + selection.task(instance).getId() + "/submit-form", json(big));
    assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CheckDocuments");
  }

  @Test
  void aCsvWithAnUnbalancedQuoteNamesTheLine() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    ResponseEntity<Map<String, Object>> response = rest.withBasicAuth("testcentre", "testcentre").exchange(
        "/api/selection/test-results?cycle=2026", HttpMethod.POST, new HttpEntity<>(
            "iin;legislation;management;pedagogy;leadership\n880503400111;80;75;90;70\n\"880503400112;80;75;90;70\n",
            headers), JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ErrorFields.of(response.getBody())).singleElement().asString()
        .startsWith("csv: the CSV file cannot be read at line 3");
  }

  @Test
  void countsAreForAdministrators() {
    for (String path : List.of("/engine-rest/process-definition/statistics",
        "/engine-rest/process-definition/key/ReserveSelection/statistics", "/engine-rest/metrics/activity-instance-start/sum",
        "/engine-rest/history/process-instance/report?reportType=duration&periodUnit=month",
        "/engine-rest/task/report/candidate-group-count")) {
      ResponseEntity<Map<String, Object>> refused = call("operator", HttpMethod.GET, path, null);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).containsEntry("code", "request.countsForAdministrators");
      assertThat(rest.withBasicAuth("admin", "admin-test").getForEntity(path, String.class).getStatusCode())
          .as(path).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void theAppsOwnAnswersCarryItsSecurityHeaders() {
    for (String path : List.of("/api/selection/applications", "/public/api/competitions", "/board", "/engine-rest/engine")) {
      HttpHeaders headers = rest.getForEntity(path, String.class).getHeaders();
      assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("same-origin");
      assertThat(headers.getFirst("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
    }
  }

  @Test
  void aRefusalSpeaksTheCallersLanguageAndBothWhenItAsksForNeither() {
    ProcessInstance instance = selection.register(TestApplications.eligibleTeacher());
    String path = "/engine-rest/task/" + selection.task(instance).getId() + "/submit-form";
    Map<String, Object> bad = Map.of("variables", Map.of("documentDecision", Map.of("value", "reject")));
    assertThat(message(path, bad, "kk")).isEqualTo("міндетті өріс");
    assertThat(message(path, bad, "ru-RU,ru;q=0.9")).isEqualTo("обязательное поле");
    assertThat(message(path, bad, "en")).isEqualTo("is required");
    assertThat(message(path, bad, "de")).isEqualTo("міндетті өріс / обязательное поле");
  }

  String message(String path, Object body, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Accept-Language", language);
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map<String, Object>> response = rest.withBasicAuth("operator", "operator")
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> fields = (List<Map<String, Object>>) response.getBody().get("fields");
    return (String) fields.get(0).get("message");
  }

  static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
