package kz.edu.leaders.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.talentpool.NominationDriver;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Actuator as an anonymous probe, a user and an administrator see it: what each may read, and that it moves. */
@AppTest
class MonitoringAppTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired TaskService taskService;
  @Autowired NominationDriver nominations;

  Task standalone;

  @AfterEach
  void cleanUp() {
    if (standalone != null) {
      taskService.deleteTask(standalone.getId(), true);
    }
  }

  TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "admin-test");
  }

  JsonNode read(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  @Test
  void anyoneReadsTheStatusAndNothingElse() throws Exception {
    ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode().value()).isEqualTo(200);
    assertThat(read(health).get("status").asText()).isEqualTo("UP");
    // The names of the groups (liveness, readiness) and nothing of what is inside.
    assertThat(read(health).fieldNames()).toIterable().containsExactlyInAnyOrder("status", "groups");
    assertThat(health.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

    ResponseEntity<String> asOperator = rest.withBasicAuth("operator", "operator")
        .getForEntity("/actuator/health", String.class);
    assertThat(read(asOperator).fieldNames()).toIterable().containsExactlyInAnyOrder("status", "groups");
  }

  @Test
  void administratorsSeeTheComponents() throws Exception {
    JsonNode health = read(admin().getForEntity("/actuator/health", String.class));
    assertThat(health.get("status").asText()).isEqualTo("UP");
    JsonNode components = health.get("components");
    assertThat(components.fieldNames()).toIterable().contains("db", "processEngine", "notifications",
        "livenessState", "readinessState");
    // The mail server's reachability is the outbox's worry, not the app's health.
    assertThat(components.has("mail")).isFalse();
    assertThat(components.get("processEngine").get("details").get("name").asText()).isEqualTo("default");
    JsonNode states = components.get("notifications").get("details").get("states");
    assertThat(states.fieldNames()).toIterable()
        .containsExactly("QUEUED", "SENDING", "SENT", "FAILED", "FAILED_PERMANENTLY");
  }

  @Test
  void livenessAndReadinessAnswer() throws Exception {
    ResponseEntity<String> liveness = rest.getForEntity("/actuator/health/liveness", String.class);
    assertThat(liveness.getStatusCode().value()).isEqualTo(200);
    assertThat(read(liveness)).isEqualTo(json.readTree("{\"status\":\"UP\"}"));
    ResponseEntity<String> readiness = rest.getForEntity("/actuator/health/readiness", String.class);
    assertThat(readiness.getStatusCode().value()).isEqualTo(200);
    assertThat(read(readiness)).isEqualTo(json.readTree("{\"status\":\"UP\"}"));

    JsonNode ready = read(admin().getForEntity("/actuator/health/readiness", String.class));
    // No job executor in the tests (camunda.bpm.job-execution.enabled: false): JobExecutorHealthAppTest has one.
    assertThat(ready.get("components").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("readinessState", "db", "processEngine");
    JsonNode live = read(admin().getForEntity("/actuator/health/liveness", String.class));
    assertThat(live.get("components").fieldNames()).toIterable().containsExactly("livenessState");
  }

  @Test
  void metricsAreForAdministratorsOnly() throws Exception {
    ResponseEntity<String> anonymous = rest.getForEntity("/actuator/prometheus", String.class);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(read(anonymous).get("code").asText()).isEqualTo("operations.loginRequired");

    ResponseEntity<String> operator = rest.withBasicAuth("operator", "operator")
        .getForEntity("/actuator/prometheus", String.class);
    assertThat(operator.getStatusCode().value()).isEqualTo(403);
    assertThat(read(operator).get("code").asText()).isEqualTo("operations.administratorsOnly");

    // A user no test logs in as by password (assessor3 works through the engine only): a wrong password delays the
    // user's next login by seconds, and the other tests log in as admin, analyst and the rest.
    assertThat(rest.withBasicAuth("assessor3", "wrong").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode().value()).isEqualTo(401);
    assertThat(rest.withBasicAuth("nobody", "nobody").getForEntity("/actuator/health", String.class)
        .getStatusCode().value()).isEqualTo(401);

    assertThat(admin().getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void aCockpitSessionOfAnAdministratorReadsTheMetricsATasklistSessionOfAUserDoesNot() {
    assertThat(rest.exchange("/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(session("cockpit", "admin",
        "admin-test")), String.class).getStatusCode().value()).isEqualTo(200);
    assertThat(rest.exchange("/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(session("tasklist",
        "operator", "operator")), String.class).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void noOtherEndpointIsThere() {
    for (String endpoint : List.of("", "/env", "/beans", "/heapdump", "/threaddump", "/configprops", "/metrics",
        "/loggers", "/mappings", "/shutdown", "/info")) {
      assertThat(admin().getForEntity("/actuator" + endpoint, String.class).getStatusCode().value())
          .as(endpoint).isEqualTo(404);
      assertThat(rest.getForEntity("/actuator" + endpoint, String.class).getStatusCode().value())
          .as(endpoint).isEqualTo(401);
    }
    assertThat(admin().postForEntity("/actuator/shutdown", null, String.class).getStatusCode().value())
        .isEqualTo(404);
  }

  @Test
  void theWorkWaitingMovesTheGauges() {
    String candidates = "leaders_tasks_candidate{group=\"mentors\"}";
    String unassigned = "leaders_tasks_unassigned{group=\"mentors\"}";
    double before = value(scrape(), candidates);
    double unassignedBefore = value(scrape(), unassigned);
    standalone = taskService.newTask();
    standalone.setName("Evaluate internship");
    taskService.saveTask(standalone);
    taskService.addCandidateGroup(standalone.getId(), "mentors");

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      String metrics = scrape();
      assertThat(value(metrics, candidates)).isEqualTo(before + 1);
      assertThat(value(metrics, unassigned)).isEqualTo(unassignedBefore + 1);
    });
    taskService.claim(standalone.getId(), "mentor");
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      String metrics = scrape();
      assertThat(value(metrics, candidates)).isEqualTo(before + 1);
      assertThat(value(metrics, unassigned)).isEqualTo(unassignedBefore);
    });
  }

  @Test
  void aStartedInstanceCountsInTheEngineAndTheHistory() {
    String started = "leaders_process_instances_started{process=\"TalentPoolNomination\"}";
    String ended = "leaders_process_instances_ended{process=\"TalentPoolNomination\"}";
    String root = "camunda_root_process_instance_start_total";
    String activities = "camunda_activity_instance_start_total";
    String metrics = scrape();
    double startedBefore = value(metrics, started);
    double endedBefore = value(metrics, ended);
    double rootBefore = value(metrics, root);
    double activitiesBefore = value(metrics, activities);

    nominations.nominateInTurkistan();

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      String after = scrape();
      assertThat(value(after, started)).isEqualTo(startedBefore + 1);
      assertThat(value(after, ended)).isEqualTo(endedBefore);
      assertThat(value(after, root)).isEqualTo(rootBefore + 1);
      assertThat(value(after, activities)).isGreaterThan(activitiesBefore);
    });
  }

  @Test
  void theEngineCountersTheOutboxAndTheIncidentsAreThere() {
    String metrics = scrape();
    for (String name : List.of("camunda_job_acquisition_attempt_total", "camunda_job_successful_total",
        "camunda_job_failed_total", "camunda_job_acquired_success_total", "camunda_executed_decision_instances_total",
        "leaders_tasks_open", "leaders_notifications{state=\"FAILED_PERMANENTLY\"}",
        "leaders_notifications{state=\"QUEUED\"}", "leaders_notifications_oldest_age_seconds{state=\"QUEUED\"}",
        "leaders_incidents_open{process=\"ReserveSelection\"}", "leaders_tasks_candidate{group=\"camunda-admin\"}",
        "jvm_memory_used_bytes", "hikaricp_connections_active", "executor_active_threads")) {
      assertThat(metrics).as(name).containsPattern("(?m)^" + Pattern.quote(name) + "[{ ]");
    }
  }

  @Test
  void theEngineApisAreTimedByPath() {
    ResponseEntity<String> tasks = rest.withBasicAuth("operator", "operator")
        .getForEntity("/engine-rest/task?maxResults=1", String.class);
    assertThat(tasks.getStatusCode().value()).isEqualTo(200);
    HttpHeaders tasklist = session("tasklist", "operator", "operator");
    assertThat(rest.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET,
        new HttpEntity<>(tasklist), String.class).getStatusCode().value()).isEqualTo(200);

    String metrics = scrape();
    assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/engine-rest/task\"");
    assertThat(metrics).containsPattern(
        "http_server_requests_seconds_count\\{[^}]*uri=\"/camunda/api/engine/engine/\\{name}/task/count\"");
    // Buckets for p95 (histogram_quantile), one at the task lists' goal of 100 ms.
    assertThat(metrics).containsPattern(
        "http_server_requests_seconds_bucket\\{[^}]*uri=\"/engine-rest/task\",le=\"0.1\"");
  }

  String scrape() {
    ResponseEntity<String> response = admin().getForEntity("/actuator/prometheus", String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return response.getBody();
  }

  /** The value of one series; fails when it is not there. */
  static double value(String metrics, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
    assertThat(m.find()).as(series + " in\n" + metrics).isTrue();
    return Double.parseDouble(m.group(1));
  }

  /** A webapp session as the login page makes it (AccessAppTest): the cookies to send. */
  HttpHeaders session(String app, String user, String password) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/", String.class);
    List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
        .split(";")[0].substring("XSRF-TOKEN=".length());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add("X-XSRF-TOKEN", token);
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";")[0]).toList()));
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", password);
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/" + app,
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode().value()).isEqualTo(200);
    List<String> all = new java.util.ArrayList<>(cookies.stream().map(c -> c.split(";")[0]).toList());
    login.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).forEach(c -> all.add(c.split(";")[0]));
    HttpHeaders session = new HttpHeaders();
    session.add(HttpHeaders.COOKIE, String.join("; ", latestPerName(all)));
    session.add("X-XSRF-TOKEN", token);
    return session;
  }

  private static List<String> latestPerName(List<String> cookies) {
    var byName = new java.util.LinkedHashMap<String, String>();
    cookies.forEach(c -> byName.put(c.substring(0, c.indexOf('=')), c));
    return List.copyOf(byName.values());
  }
}
