package kz.edu.leaders.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.demo.SelectionSteps;
import kz.edu.leaders.demo.TrainingSteps;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The courses' API (enrolment import with per-row results, roster, certificates) and who may see and do what. */
@AppTest
class TrainingApiAppTest {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
  static final LocalDate START = LocalDate.now().minusDays(20);

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired TrainingSteps training;
  @Autowired SelectionSteps steps;
  @Autowired ParticipantRepository participants;

  @BeforeEach
  void organisations() {
    training.registerOrganisations(Region.TURKISTAN, 900);
  }

  ResponseEntity<Map<String, Object>> post(String user, String path, String body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "ru");
    return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }

  ResponseEntity<Map<String, Object>> get(String user, String path) {
    return rest.withBasicAuth(user, user).exchange(path, HttpMethod.GET, null, JSON);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> rows(ResponseEntity<Map<String, Object>> response) {
    return (List<Map<String, Object>>) response.getBody().get("rows");
  }

  @Test
  void eachRowOfTheRegionsListIsReportedAndOnlyTheGoodOnesAreEnrolled() {
    ProcessInstance instance = training.plan("regional", TrainingSteps.course("TURKISTAN", 4, START));
    String course = instance.getBusinessKey();
    String good1 = TrainingSteps.iin(700_001);
    String good2 = TrainingSteps.iin(700_002);
    String csv = "iin;full_name;organisation;district;post;phone\n"
        + good1 + ";Әлиева Гүлнар;" + TrainingSteps.school(1) + ";" + TrainingSteps.district(1) + ";Директор;+77011234567\n"
        + "880503400112;Қате ЖСН;" + TrainingSteps.school(2) + ";" + TrainingSteps.district(2) + ";Директор;\n"
        + TrainingSteps.iin(700_003) + ";Белгісіз Ұйым;School No. 9999, Nowhere;" + TrainingSteps.district(3) + ";Директор;\n"
        + good1 + ";Әлиева Гүлнар;" + TrainingSteps.school(1) + ";" + TrainingSteps.district(1) + ";Директор;\n"
        + good2 + ";Сейітов Марат;" + TrainingSteps.school(4) + ";" + TrainingSteps.district(4) + ";Директор;\n";

    ResponseEntity<Map<String, Object>> report = post("regional", "/api/training/courses/" + course + "/participants",
        csv, MediaType.valueOf("text/csv"));

    assertThat(report.getStatusCode().value()).isEqualTo(200);
    assertThat(report.getBody()).containsEntry("received", 5).containsEntry("accepted", 2).containsEntry("rejected", 3);
    List<Map<String, Object>> rows = rows(report);
    assertThat(rows).extracting(r -> r.get("status")).containsExactly("ENROLLED", "INVALID_IIN",
        "UNKNOWN_ORGANISATION", "DUPLICATE", "ENROLLED");
    assertThat(rows.get(0)).containsEntry("participantNo", 1);
    assertThat(rows.get(1)).containsEntry("row", 2).containsEntry("field", "iin");
    assertThat(rows.get(2)).containsEntry("field", "organisation");
    assertThat((String) rows.get(2).get("message")).contains("School No. 9999, Nowhere");
    assertThat((String) rows.get(3).get("message")).contains("выше в файле");
    assertThat(rows.get(4)).containsEntry("participantNo", 2);
    assertThat(participants.count(course)).isEqualTo(2);

    // Sent again: both are enrolled already; two more fill the course, the third finds it full.
    String more = TrainingSteps.headsCsv(10, 12, 71);
    ResponseEntity<Map<String, Object>> again = post("cpecoordinator",
        "/api/training/courses/" + course + "/participants", csv.lines().limit(2).reduce((a, b) -> a + "\n" + b)
            .orElseThrow() + "\n" + more.lines().skip(1).reduce((a, b) -> a + "\n" + b).orElseThrow(),
        MediaType.valueOf("text/csv"));
    assertThat(rows(again)).extracting(r -> r.get("status"))
        .containsExactly("DUPLICATE", "ENROLLED", "ENROLLED", "CAPACITY_EXCEEDED");
    assertThat(participants.count(course)).isEqualTo(4);
  }

  @Test
  void eightHundredRowsImportInSeconds() {
    ProcessInstance instance = training.plan("regional", TrainingSteps.course("TURKISTAN", 800, START));
    String csv = TrainingSteps.headsCsv(1, 800, 3);

    long started = System.nanoTime();
    ResponseEntity<Map<String, Object>> report = post("regional",
        "/api/training/courses/" + instance.getBusinessKey() + "/participants", csv, MediaType.valueOf("text/csv"));
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(report.getBody()).as("%s", report.getBody()).containsEntry("accepted", 800);
    System.out.println("[leaders] 800 enrolment rows imported in " + millis + " ms");
    assertThat(millis).isLessThan(5_000);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "enrolledCount")).isEqualTo(800);
  }

  @Test
  void anotherRegionsOfficerNeitherSeesNorCompletesNorReadsAndATrainerSeesOnlyTheirStream() {
    ProcessInstance instance = training.plan("regional", TrainingSteps.course("TURKISTAN", 100, START));
    String course = instance.getBusinessKey();
    training.enrolCsv(course, TrainingSteps.headsCsv(1, 12, 72), "regional");

    Task enrol = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(steps.as("regional2", () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).count())).isZero();
    assertThat(steps.as("cpecoordinator2", () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).count())).isZero();
    assertThatThrownBy(() -> steps.as("regional2", () -> {
      engine.getTaskService().claim(enrol.getId(), "regional2");
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThat(post("regional2", "/engine-rest/task/" + enrol.getId() + "/submit-form",
        "{\"variables\":{\"enrolmentAction\":{\"value\":\"CLOSE\"}}}", MediaType.APPLICATION_JSON)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(get("regional2", "/api/training/courses/" + course).getStatusCode().value()).isEqualTo(404);
    assertThat(post("regional2", "/api/training/courses/" + course + "/participants", TrainingSteps.headsCsv(20, 21, 72),
        MediaType.valueOf("text/csv")).getStatusCode().value()).isEqualTo(404);
    assertThat(participants.count(course)).isEqualTo(12);

    training.closeEnrolment("regional", instance);
    training.splitIntoStreams("regional", instance, List.of(
        List.of(START.toString(), START.plusDays(4).toString(), "trainer"),
        List.of(START.plusDays(7).toString(), START.plusDays(11).toString(), "trainer2")));

    assertThat(steps.as("trainer2", () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).list())).extracting(t -> t.getAssignee()).containsOnly("trainer2");
    assertThat(training.streamTask("trainer2", instance, "Task_RecordStreamAttendance", 1)).isNull();
    assertThat(training.streamTask("trainer", instance, "Task_RecordStreamAttendance", 1)).isNotNull();

    Map<String, Object> forTrainer2 = get("trainer2", "/api/training/courses/" + course).getBody();
    assertThat((List<?>) forTrainer2.get("participants")).hasSize(6)
        .allSatisfy(p -> assertThat(((Map<?, ?>) p).get("stream")).isEqualTo(2));
    assertThat((List<?>) get("regional", "/api/training/courses/" + course).getBody().get("participants")).hasSize(12);
    assertThat(get("trainer2", "/api/training/courses/" + course).getBody().toString()).doesNotContain(
        TrainingSteps.iin(72 * 10_000 + 1));
  }

  @Test
  void aCertificateForSomeoneWhoHasNotCompletedIsRefusedWith409() {
    ProcessInstance instance = training.plan("regional", TrainingSteps.course("TURKISTAN", 100, START));
    training.enrolCsv(instance.getBusinessKey(), TrainingSteps.headsCsv(1, 12, 73), "regional");

    ResponseEntity<Map<String, Object>> refused = post("regional",
        "/api/training/courses/" + instance.getBusinessKey() + "/participants/1/certificate", "", MediaType.TEXT_PLAIN);

    assertThat(refused.getStatusCode().value()).isEqualTo(409);
    assertThat((String) refused.getBody().get("message")).contains("сертификат не выдаётся");
    assertThat(participants.byNumber(instance.getBusinessKey(), 1).orElseThrow().certificate()).isNull();
  }
}
