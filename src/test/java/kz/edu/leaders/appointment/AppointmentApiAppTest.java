package kz.edu.leaders.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.ErrorFields;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The appointment's API and the engine REST API, as a careless or hostile client would use them. */
@AppTest
class AppointmentApiAppTest {

  @Autowired TestRestTemplate rest;
  @Autowired AppointmentDriver appointment;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void emptyReserve() {
    jdbc.update("UPDATE reserve_entry SET status = 'ARCHIVED' WHERE region = 'TURKISTAN' AND status = 'ACTIVE'");
  }

  ResponseEntity<List<Map<String, Object>>> reservists(String user, String number) {
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, user);
    return client.exchange("/api/appointment/cases/" + number + "/reservists", HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {});
  }

  @Test
  void theRegionalDepartmentListsTheReservistsBestFirstWithoutTheirIin() {
    String second = appointment.reservist("TURKISTAN", "DIRECTOR", 70.5);
    String first = appointment.reservist("TURKISTAN", "DIRECTOR", 92);
    ProcessInstance instance = appointment.registerTurkistanDirectorPost();

    ResponseEntity<List<Map<String, Object>>> response = reservists("regional", instance.getBusinessKey());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).extracting(r -> r.get("certificateNumber")).containsExactly(first, second);
    assertThat(response.getBody().get(0)).doesNotContainKey("iin");
  }

  @Test
  void anotherRegionsOfficerIsToldTheCaseDoesNotExistAndOtherRolesAreRefused() {
    ProcessInstance instance = appointment.registerTurkistanDirectorPost();

    String path = "/api/appointment/cases/" + instance.getBusinessKey() + "/reservists";
    assertThat(rest.withBasicAuth("regional2", "regional2").getForEntity(path, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("operator", "operator").getForEntity(path, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/appointment/cases/" + instance.getBusinessKey() + "/reservists", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void offeringThePostToAnotherRegionsReservistThroughTheEngineRestApiIsRefusedAndChangesNothing() {
    String elsewhere = appointment.reservist("ALMATY", "DIRECTOR", 99);
    ProcessInstance instance = appointment.registerTurkistanDirectorPost();
    String taskId = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_ChoosePath").singleResult().getId();

    ResponseEntity<Map<String, Object>> response = rest.withBasicAuth("regional", "regional").exchange(
        "/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST, new HttpEntity<>(Map.of("variables", Map.of(
            "appointmentPath", Map.of("value", "RESERVIST"), "reservistCertificate", Map.of("value", elsewhere),
            "offeredOn", Map.of("value", "2026-13-45")))),
        new ParameterizedTypeReference<>() {});

    // The form offers only the region's reservists: another region's certificate is not among its choices.
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("code", "submission.invalid");
    assertThat(ErrorFields.of(response.getBody())).contains("reservistCertificate: is not one of the choices offered",
        "offeredOn: must be a date written YYYY-MM-DD");
    assertThat(appointment.record(instance).path()).isNull();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reservist_offer WHERE vacancy_number = ?", Integer.class,
        instance.getBusinessKey())).isZero();
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
  }

  @Test
  void aVacancyOfAnotherRegionCannotBeRegisteredThroughTheEngineRestApi() {
    ResponseEntity<Map<String, Object>> response = rest.withBasicAuth("district", "district").exchange(
        "/engine-rest/process-definition/key/DirectorAppointment/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", Map.of("school", Map.of("value", "School No. 1, Almaty"),
            "region", Map.of("value", "ALMATY"), "post", Map.of("value", "DIRECTOR"),
            "vacatedOn", Map.of("value", "2026-01-10")))),
        new ParameterizedTypeReference<>() {});

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ErrorFields.of(response.getBody())).singleElement().asString()
        .startsWith("region: you register vacancies of your own region only");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vacancy WHERE school = 'School No. 1, Almaty'", Integer.class))
        .isZero();
  }
}
