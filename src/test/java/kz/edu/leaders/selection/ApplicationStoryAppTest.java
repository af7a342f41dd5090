package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.reserve.ReserveTerm;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An application's whole story, and the reserve term its enrolment starts. */
@AppTest
class ApplicationStoryAppTest {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Autowired ProcessEngine engine;
  @Autowired SelectionDriver selection;
  @Autowired TestRestTemplate rest;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired SelectionSettings settings;

  ResponseEntity<Map<String, Object>> story(String user, String number) {
    return rest.withBasicAuth(user, user).exchange("/api/selection/applications/" + number + "/story",
        HttpMethod.GET, null, JSON);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyStepOfEveryStageWithWhoAndWhenOldestFirst() {
    ProcessInstance instance = selection.admittedToInterview(TestApplications.eligibleTeacher());
    ProcessInstance interview = selection.interview(instance);
    selection.recuse("commission", interview, "The candidate is my former colleague");
    for (String member : List.of("chair", "commission2", "commission3")) {
      selection.score(member, interview, 8, 8, 7, 9);
    }
    String number = instance.getBusinessKey();

    ResponseEntity<Map<String, Object>> response = story("operator", number);

    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    Map<String, Object> body = response.getBody();
    assertThat(body).containsEntry("applicationNumber", number).containsEntry("outcome", "ENROLLED")
        .containsEntry("region", "TURKISTAN");
    List<Map<String, Object>> steps = (List<Map<String, Object>>) body.get("steps");
    List<Object> events = steps.stream().map(s -> s.get("event")).toList();
    assertThat(events).startsWith("REGISTERED").contains("DECISION", "TEST_RESULT", "INTERNSHIP_ASSIGNED",
        "INTERNSHIP_EVALUATED", "ASSESSMENT", "RECUSAL", "INTERVIEW_SCORE", "INTERVIEW_ROUND_DECIDED", "ENROLLED");
    assertThat(events.indexOf("TEST_RESULT")).isLessThan(events.indexOf("INTERNSHIP_ASSIGNED"));
    assertThat(events.indexOf("INTERNSHIP_EVALUATED")).isLessThan(events.indexOf("ASSESSMENT"));
    assertThat(events.lastIndexOf("INTERVIEW_SCORE")).isLessThan(events.indexOf("INTERVIEW_ROUND_DECIDED"));
    assertThat(events.indexOf("INTERVIEW_ROUND_DECIDED")).isLessThan(events.indexOf("ENROLLED"));
    List<String> times = steps.stream().map(s -> (String) s.get("at")).toList();
    assertThat(times).isSorted();

    assertThat(steps).filteredOn(s -> "DECISION".equals(s.get("event")) && "DOCUMENT_CHECK".equals(s.get("stage")))
        .singleElement().satisfies(s -> assertThat(s).containsEntry("by", "operator").containsKey("decision"));
    assertThat(steps).filteredOn(s -> "RECUSAL".equals(s.get("event"))).singleElement()
        .satisfies(s -> assertThat(s).containsEntry("by", "commission")
            .containsEntry("reason", "The candidate is my former colleague"));
    assertThat(steps).filteredOn(s -> "INTERVIEW_SCORE".equals(s.get("event")))
        .extracting(s -> s.get("by")).containsExactlyInAnyOrder("chair", "commission2", "commission3");
    assertThat(steps).filteredOn(s -> "ASSESSMENT".equals(s.get("event")))
        .extracting(s -> s.get("by")).containsExactlyInAnyOrder("assessor", "assessor2");
    assertThat(steps).filteredOn(s -> "INTERVIEW_ROUND_DECIDED".equals(s.get("event"))).singleElement()
        .satisfies(s -> assertThat((Map<String, Object>) s.get("values")).containsEntry("recused", 1)
            .containsEntry("scored", 3));
    Map<String, Object> enrolled = (Map<String, Object>) steps.get(events.indexOf("ENROLLED")).get("values");
    assertThat((String) enrolled.get("certificateNumber")).startsWith("RR-2026-");
    List<Map<String, Object>> applied = (List<Map<String, Object>>) body.get("rulesApplied");
    assertThat(applied).extracting(r -> r.get("stage"))
        .containsExactly("TEST", "INTERNSHIP", "FINAL_ASSESSMENT", "INTERVIEW", "RESERVE");
    assertThat((Map<String, Object>) applied.get(3).get("rules")).containsEntry("passMark", 7.0)
        .containsEntry("quorumFraction", settings.getInterview().getQuorumFraction());
    assertThat((Map<String, Object>) applied.get(4).get("rules"))
        .containsEntry("termYears", settings.getReserve().getTermYears());
    assertThat((Map<String, Object>) body.get("settingsNow")).containsKeys("test", "internship", "finalAssessment",
        "interview", "reserve");
    assertThat(((Map<String, Object>) ((Map<String, Object>) body.get("settingsNow")).get("interview")))
        .containsEntry("passMark", 7.0);
    assertThat(String.valueOf(body)).doesNotContain(jdbc.queryForObject(
        "SELECT iin FROM application WHERE application_number = ?", String.class, number));

    // The enrolment started the entry's term: its timer is due the day after valid_until (2029-12-31).
    ProcessInstance term = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ReserveTerm.PROCESS_KEY).processInstanceBusinessKey(number).singleResult();
    assertThat(term).isNotNull();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(term.getId()).singleResult()
        .getDuedate()).isEqualTo(Date.from(LocalDate.of(2030, 1, 1).atStartOfDay(ZoneId.of("Asia/Almaty"))
            .toInstant()));
  }

  @Test
  void onlyThoseWhoMaySeeTheCaseReadTheStory() {
    ProcessInstance instance = selection.register(TestApplications.eligibleTeacher());
    String number = instance.getBusinessKey();

    for (String user : List.of("operator", "coordinator", "observer", "cpecoordinator")) {
      assertThat(story(user, number).getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
    }
    // Another region's operator: as if it did not exist.
    assertThat(story("operator2", number).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(story("cpecoordinator2", number).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    for (String user : List.of("mentor", "portal", "regional", "commission")) {
      assertThat(story(user, number).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<Map<String, Object>> unknown = story("observer", "RS-2026-999999");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).containsEntry("code", "selection.story.notFound");
    assertThat(rest.getForEntity("/api/selection/applications/" + number + "/story", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aStageKeepsTheRulesItAppliedWhenTheSettingsChangeLater() {
    double passMark = settings.getInterview().getPassMark();
    ProcessInstance instance = selection.admittedToInterview(TestApplications.eligibleTeacher());
    ProcessInstance interview = selection.interview(instance);
    for (String member : List.of("commission", "chair", "commission2", "commission3")) {
      selection.score(member, interview, 8, 8, 7, 9);
    }
    try {
      settings.getInterview().setPassMark(passMark + 1);

      Map<String, Object> body = story("operator", instance.getBusinessKey()).getBody();

      Map<String, Object> interviewRules = ((List<Map<String, Object>>) body.get("rulesApplied")).stream()
          .filter(r -> "INTERVIEW".equals(r.get("stage"))).findFirst().orElseThrow();
      assertThat((Map<String, Object>) interviewRules.get("rules")).containsEntry("passMark", passMark);
      assertThat((Map<String, Object>) ((Map<String, Object>) body.get("settingsNow")).get("interview"))
          .containsEntry("passMark", passMark + 1);
    } finally {
      settings.getInterview().setPassMark(passMark);
    }
  }
}
