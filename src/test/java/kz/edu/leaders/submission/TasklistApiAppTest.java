package kz.edu.leaders.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kz.edu.leaders.selection.SelectionDriver;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's own way in: a session on {@code /camunda/api/engine}, with the XSRF token the webapps ask for. The same
 * gate answers there as on {@code /engine-rest}, in the browser's language; Cockpit's plugin API counts instances
 * for those who may open Cockpit only.
 */
@AppTest
class TasklistApiAppTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired SelectionDriver selection;

  @Test
  void aForgedVariableThroughTasklistsApiIsRefusedInTheBrowsersLanguage() throws Exception {
    ProcessInstance instance = selection.register(TestApplications.eligibleTeacher());
    Session operator = new Session("operator", "operator", "tasklist");
    String taskId = selection.task(instance).getId();

    HttpResponse<String> forged = operator.post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        "{\"variables\": {\"documentDecision\": {\"value\": \"accept\"}, \"region\": {\"value\": \"ALMATY\"}}}", "kk");

    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
    JsonNode body = JSON.readTree(forged.body());
    assertThat(body.path("code").asText()).isEqualTo("submission.invalid");
    assertThat(body.path("fields").get(0).path("field").asText()).isEqualTo("region");
    assertThat(body.path("fields").get(0).path("message").asText()).startsWith("бұл нысанның өрісі емес");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CheckDocuments");

    HttpResponse<String> accepted = operator.post("/camunda/api/engine/engine/default/task/" + taskId
        + "/submit-form", "{\"variables\": {\"documentDecision\": {\"value\": \"accept\"}}}", "ru");
    assertThat(accepted.statusCode()).isEqualTo(204);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_WaitForTestResult");
  }

  @Test
  void cockpitsCountsAreForThoseWhoMayOpenCockpit() throws Exception {
    String counts = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count";
    assertThat(new Session("operator", "operator", "tasklist").get(counts).statusCode()).isEqualTo(403);
    assertThat(new Session("operator", "operator", "tasklist")
        .get("/camunda/api/engine/engine/default/process-definition/statistics").statusCode()).isEqualTo(403);
    assertThat(new Session("admin", "admin-test", "cockpit").get(counts).statusCode()).isEqualTo(200);
  }

  /** A logged-in browser: the session cookie and the XSRF token, as Tasklist holds them. */
  class Session {

    final CookieManager cookies = new CookieManager();
    final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    String xsrf = "";

    Session(String user, String password, String app) throws Exception {
      send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/")).GET());
      HttpResponse<String> login = send(HttpRequest.newBuilder(
              uri("/camunda/api/admin/auth/user/default/login/" + app))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf())
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      // The login starts a new session; its token comes with the next read, as Tasklist's first call after login.
      get("/camunda/api/engine/engine/default/user/" + user + "/profile");
    }

    HttpResponse<String> get(String path) throws Exception {
      return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
    }

    HttpResponse<String> post(String path, String json, String language) throws Exception {
      return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
          .header("Accept", "application/json").header("Accept-Language", language).header("X-XSRF-TOKEN", xsrf())
          .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The XSRF token last set: the login starts a new session with a new one. */
    String xsrf() {
      return xsrf;
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
}
