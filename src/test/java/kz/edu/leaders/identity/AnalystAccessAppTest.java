package kz.edu.leaders.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.springframework.boot.test.web.server.LocalServerPort;
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
    // Cockpit's login page loads the plugins' scripts before anyone is logged in; their data stays closed.
    assertThat(rest.getForEntity("/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
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
    assertThat(list(analyst(), "/history/process-definition/" + definition + "/statistics?finished=true"))
        .filteredOn(s -> "Task_CheckEligibility".equals(s.get("id")))
        .singleElement().satisfies(s -> assertThat((Integer) s.get("finished")).isPositive());
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
    // Nor may the analyst find an instance by a value: that would tell whose application it is.
    String byName = "candidateName_like_%25" + "Абенова" + "%25";
    for (String query : List.of("/process-instance?variables=" + byName,
        "/history/process-instance?variables=" + byName, "/task?processVariables=" + byName,
        "/execution?variables=" + byName)) {
      ResponseEntity<String> answer = analyst().getForEntity(java.net.URI.create(
          rest.getRootUri() + "/engine-rest" + query.replace("Абенова", java.net.URLEncoder.encode("Абенова",
              java.nio.charset.StandardCharsets.UTF_8))), String.class);
      assertThat(answer.getStatusCode().value()).as(query).isEqualTo(403);
      assertThat(answer.getBody()).contains("request.noQueriesByValue");
    }
    ResponseEntity<String> posted = analyst().postForEntity("/engine-rest/process-instance",
        Map.of("variables", List.of(Map.of("name", "candidateName", "operator", "like", "value", "%Абенова%"))),
        String.class);
    assertThat(posted.getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> sorted = analyst().postForEntity("/engine-rest/process-instance",
        Map.of("sorting", List.of(Map.of("sortBy", "processVariable", "sortOrder", "asc",
            "parameters", Map.of("variable", "candidateName", "type", "String")))), String.class);
    assertThat(sorted.getStatusCode().value()).isEqualTo(403);
    // The same query without values answers.
    assertThat(analyst().postForEntity("/engine-rest/process-instance", Map.of("processInstanceIds", List.of(id)),
        List.class).getBody()).hasSize(1);
    // What the engine itself keeps is there: the analyst is refused, not shown an empty instance.
    assertThat(engine.getRuntimeService().getVariables(id)).containsKeys("applicationNumber", "candidateName");
  }

  @LocalServerPort int port;

  /** The analyst logged in to Cockpit, as a browser is: the session cookie and the XSRF token (TasklistApiAppTest). */
  class CockpitSession {

    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String xsrf = "";

    CockpitSession() throws Exception {
      send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/")).GET());
      HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/cockpit"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
          .POST(HttpRequest.BodyPublishers.ofString("username=analyst&password=analyst")));
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      // The login starts a new session; its token comes with the next read.
      send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/user/analyst/profile"))
          .header("Accept", "application/json").GET());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
      return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
          .header("Accept", "application/json").header("X-XSRF-TOKEN", xsrf)
          .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().allValues("Set-Cookie").stream().flatMap(header -> HttpCookie.parse(header).stream())
          .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).forEach(cookie -> xsrf = cookie.getValue());
      return response;
    }

    URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }
  }

  /** In Cockpit's search too: by a value, refused; the same search without it, answered. */
  @Test
  void inCockpitTheAnalystSearchesInstancesButNotByAValue() throws Exception {
    CockpitSession cockpit = new CockpitSession();
    String search = "/camunda/api/cockpit/plugin/base/default/process-instance?firstResult=0&maxResults=50";
    String definition = "\"processDefinitionId\": \"" + application.getProcessDefinitionId() + "\"";
    String byName = "{" + definition + ", \"variables\": [{\"name\": \"candidateName\", \"operator\": \"like\", "
        + "\"value\": \"%Абенова%\"}]}";
    HttpResponse<String> all = cockpit.post(search, "{" + definition + "}");
    assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
    assertThat(all.body()).contains(application.getId());
    HttpResponse<String> refused = cockpit.post(search, byName);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("request.noQueriesByValue");
    assertThat(cockpit.post("/camunda/api/engine/engine/default/process-instance", byName).statusCode())
        .isEqualTo(403);
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
