package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.ErrorFields;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.jdbc.core.JdbcTemplate;

/** The app's REST API as the application portal and the testing centre call it. */
@AppTest
class SelectionApiAppTest {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired SelectionDriver selection;
  @Autowired JdbcTemplate jdbc;

  ResponseEntity<Map<String, Object>> post(String user, String path, Object body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, user);
    return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }

  ResponseEntity<Map<String, Object>> register(String user, Map<String, Object> application) {
    return post(user, "/api/selection/applications", application, MediaType.APPLICATION_JSON);
  }

  @Test
  void thePortalRegistersAnApplicationAndGetsItsNumber() {
    ResponseEntity<Map<String, Object>> response = register("portal", TestApplications.eligibleTeacher());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) response.getBody().get("applicationNumber");
    assertThat(number).matches("RS-2026-\\d{6}");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT channel FROM application WHERE application_number = ?", String.class,
        number)).isEqualTo("API");
  }

  ResponseEntity<Map<String, Object>> status(String user, String number, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Accept-Language", language);
    return rest.withBasicAuth(user, user).exchange("/api/selection/applications/" + number, HttpMethod.GET,
        new HttpEntity<>(headers), JSON);
  }

  @Test
  void thePortalReadsAnApplicationsStageDecisionsAndNextStepWithItsDeadlineAndNothingPersonal() {
    Map<String, Object> application = TestApplications.eligibleTeacher();
    String number = (String) register("portal", application).getBody().get("applicationNumber");
    var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    selection.checkDocuments(instance, "return", "Диплом көшірмесі анық емес");

    ResponseEntity<Map<String, Object>> response = status("portal", number, "ru");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String lastDay = jdbc.queryForObject("SELECT correction_deadline FROM application WHERE application_number = ?",
        java.sql.Timestamp.class, number).toInstant().atZone(java.time.ZoneId.of("Asia/Almaty")).toLocalDate()
        .minusDays(1).toString();
    assertThat(response.getBody()).containsEntry("status", "IN_PROGRESS").containsEntry("stage", "DOCUMENT_CORRECTION")
        .containsEntry("stageName", "исправление документов").containsEntry("nextStepDeadline", lastDay)
        .containsKey("registeredAt").doesNotContainKeys("iin", "email", "phone", "outcome");
    assertThat((String) response.getBody().get("nextStep")).startsWith("Подайте исправленные документы по ");
    assertThat((List<Map<String, Object>>) response.getBody().get("decisions")).singleElement().satisfies(d ->
        assertThat(d).containsEntry("stage", "DOCUMENT_CHECK").containsEntry("decision", "return")
            .containsEntry("reason", "Диплом көшірмесі анық емес").containsKey("decidedAt")
            .doesNotContainKey("decidedBy"));
    assertThat(response.getBody().toString()).doesNotContain((String) application.get("iin"));
  }

  @Test
  void aClosedApplicationShowsItsOutcomeAndAnUnknownNumberIsNotFound() {
    String number = (String) register("portal", TestApplications.eligibleTeacher()).getBody()
        .get("applicationNumber");
    var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    selection.checkDocuments(instance, "reject", "Документы поданы не тем лицом");

    Map<String, Object> closed = status("portal", number, "kk").getBody();
    assertThat(closed).containsEntry("status", "CLOSED").containsEntry("outcome", "REJECTED_DOCUMENTS")
        .containsEntry("outcomeName", "құжаттар қабылданбады")
        .containsEntry("outcomeReason", "Документы поданы не тем лицом").containsKey("closedAt")
        .doesNotContainKeys("nextStep", "nextStepDeadline");

    ResponseEntity<Map<String, Object>> unknown = status("portal", "RS-2026-999999", "en");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).containsEntry("code", "selection.status.notFound")
        .containsEntry("message", "There is no application RS-2026-999999.");
    assertThat(status("mentor", number, "en").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aBadApplicationGetsEveryFieldErrorAndStartsNothing() {
    Map<String, Object> application = TestApplications.eligibleTeacher();
    application.put("iin", TestApplications.withWrongCheckDigit((String) application.get("iin")));
    application.put("pedagogicalExperienceYears", 7.5);
    application.remove("school");
    long before = historyService.createHistoricProcessInstanceQuery().count();

    ResponseEntity<Map<String, Object>> response = register("portal", application);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) response.getBody().get("fields"))
        .extracting(f -> f.get("field") + ": " + f.get("message"))
        .containsExactlyInAnyOrder("iin: IIN check digit does not match: please verify the number",
            "pedagogicalExperienceYears: must be a whole number", "school: is required");
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aFieldThatIsNotPartOfAnApplicationIsRefusedByName() {
    Map<String, Object> application = TestApplications.eligibleTeacher();
    application.put("testPassed", true);

    ResponseEntity<Map<String, Object>> response = register("portal", application);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().toString()).contains("field=testPassed", "is not a field of an application");
  }

  @Test
  void malformedJsonIsAClearError() {
    ResponseEntity<Map<String, Object>> response =
        post("portal", "/api/selection/applications", "{\"cycle\": 2026,", MediaType.APPLICATION_JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("code", "request.invalid");
    assertThat(ErrorFields.of(response.getBody())).containsExactly("body: the body is not valid JSON of the expected shape");
  }

  @Test
  void theApiNeedsLoginAndTheRightGroup() {
    assertThat(register(null, TestApplications.eligibleTeacher()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("nobody-such", "wrong-password").exchange("/api/selection/applications",
        HttpMethod.POST, new HttpEntity<>(Map.of()), JSON).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(register("testcentre", TestApplications.eligibleTeacher()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("portal", "/api/selection/test-results", Map.of("cycle", 2026, "results", List.of()),
        MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aBatchWithBadRowsReportsEachRowAndTheValidOnesGoThrough() {
    String waiting = applicationWaitingForTest();
    String alsoWaiting = applicationWaitingForTest();
    String thirdWaiting = applicationWaitingForTest();
    Map<String, Object> batch = Map.of("cycle", 2026, "results", List.of(
        row(waiting, 80, 82.5, 90, 71),
        row(TestApplications.randomIin(), 80, 80, 80, 80),
        row(waiting, 10, 10, 10, 10),
        row(alsoWaiting, 80, 180, 80, 80),
        row("12345", 80, 80, 80, 80),
        Map.of("iin", thirdWaiting, "legislation", "eighty", "management", 80, "pedagogy", 80, "leadership", 80)));

    ResponseEntity<Map<String, Object>> response =
        post("testcentre", "/api/selection/test-results", batch, MediaType.APPLICATION_JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("received", 6).containsEntry("accepted", 1).containsEntry("rejected", 5);
    assertThat((List<Map<String, Object>>) response.getBody().get("rows")).extracting(r -> r.get("status"))
        .containsExactly("ACCEPTED", "UNKNOWN_IIN", "DUPLICATE_ROW", "OUT_OF_RANGE", "INVALID", "INVALID");
    assertThat(stageOf(waiting)).isEqualTo("TRAINING");
    assertThat(outcomeOf(alsoWaiting)).isNull();
    assertThat(outcomeOf(thirdWaiting)).isNull();
  }

  @Test
  void theTestingCentreCanSendItsSpreadsheetExport() {
    String passed = applicationWaitingForTest();
    String failed = applicationWaitingForTest();
    String csv = "\uFEFFIIN;Legislation;Management;Pedagogy;Leadership\r\n"
        + passed + ";85,5;70;72;90\r\n"
        + failed + ";60;61;62;63\r\n";

    ResponseEntity<Map<String, Object>> response =
        post("testcentre", "/api/selection/test-results?cycle=2026", csv, MediaType.parseMediaType("text/csv"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("accepted", 2);
    assertThat(stageOf(passed)).isEqualTo("TRAINING");
    assertThat(outcomeOf(failed)).isEqualTo("TEST_FAILED");
  }

  @Test
  void aCsvWithoutTheExpectedColumnsIsRefused() {
    ResponseEntity<Map<String, Object>> response = post("testcentre", "/api/selection/test-results?cycle=2026",
        "iin,score\n880503400111,90\n", MediaType.parseMediaType("text/csv"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().toString()).contains("header is missing the columns [legislation, management, pedagogy, leadership]");
  }

  @Test
  void aTaskSubmittedThroughEngineRestIsValidatedByTheServer() {
    var instance = selection.register(TestApplications.eligibleTeacher());
    String taskId = selection.task(instance).getId();

    ResponseEntity<Map<String, Object>> response = post("operator", "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", Map.of("documentDecision", Map.of("value", "reject"))), MediaType.APPLICATION_JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ErrorFields.of(response.getBody())).containsExactly("documentDecisionReason: is required");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
  }

  String applicationWaitingForTest() {
    Map<String, Object> application = TestApplications.eligibleTeacher();
    var instance = selection.register(application);
    selection.checkDocuments(instance, "accept", null);
    return (String) application.get("iin");
  }

  String stageOf(String iin) {
    return jdbc.queryForList("SELECT stage FROM application WHERE cycle_year = 2026 AND iin = ?", String.class, iin)
        .get(0);
  }

  /** The outcome in the application record; null while the application is in progress. */
  String outcomeOf(String iin) {
    return jdbc.queryForList("SELECT outcome FROM application WHERE cycle_year = 2026 AND iin = ?", String.class, iin)
        .get(0);
  }

  static Map<String, Object> row(String iin, double legislation, double management, double pedagogy, double leadership) {
    Map<String, Object> row = new HashMap<>();
    row.put("iin", iin);
    row.put("legislation", legislation);
    row.put("management", management);
    row.put("pedagogy", pedagogy);
    row.put("leadership", leadership);
    return row;
  }
}
