package kz.edu.leaders.events.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.demo.ContestSteps;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The contests' API and who sees what: entries through the API, the independence of the jurors' scores (the app's
 * API and the engine's REST API), the access matrix, and the public results without personal data.
 */
@AppTest
class ContestApiAppTest {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired ContestSteps contest;
  @Autowired ContestRepository contests;
  @Autowired kz.edu.leaders.demo.SelectionSteps steps;

  ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "ru");
    return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, user).exchange(path, HttpMethod.GET, null, String.class);
  }

  ResponseEntity<Map<String, Object>> scores(String user, String number) {
    return rest.withBasicAuth(user, user).exchange("/api/contests/" + number + "/scores", HttpMethod.GET, null, JSON);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> rows(ResponseEntity<Map<String, Object>> response) {
    return (List<Map<String, Object>>) response.getBody().get("scores");
  }

  /** JSON variables come as strings in JSON: their quotes escaped. */
  static String unescaped(String body) {
    return body == null ? "" : body.replace("\\\"", "\"");
  }

  ProcessInstance judging() {
    ProcessInstance instance = contest.announce("organiser", ContestSteps.announcement(LocalDateTime.now().plusDays(2)));
    String number = instance.getBusinessKey();
    ResponseEntity<String> registered = post("organiser", "/api/contests/" + number + "/entries",
        List.of(ContestSteps.entry(1), ContestSteps.entry(2)));
    assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(200);
    contest.register("organiser", instance, List.of(ContestSteps.entry(3)), true);
    contest.admit("organiser", instance, 3, Map.of());
    contest.declareConflicts("juror", instance, Map.of());
    contest.declareConflicts("juror2", instance, Map.of());
    contest.declareConflicts("juror3", instance, Map.of(3, "RELATIVE"));
    contest.declareConflicts("jurychair", instance, Map.of());
    return instance;
  }

  @Test
  void entriesThroughTheApiOnlyByTheRegionsOrganisersAndOnlyValid() {
    ProcessInstance instance = contest.announce("organiser", ContestSteps.announcement(LocalDateTime.now().plusDays(2)));
    String number = instance.getBusinessKey();
    assertThat(post("organiser2", "/api/contests/" + number + "/entries", List.of(ContestSteps.entry(1)))
        .getStatusCode().value()).isEqualTo(404);
    assertThat(post("juror", "/api/contests/" + number + "/entries", List.of(ContestSteps.entry(1)))
        .getStatusCode().value()).isEqualTo(404);
    Map<String, Object> incomplete = new java.util.HashMap<>(ContestSteps.entry(1));
    incomplete.remove("projectTitle");
    ResponseEntity<String> refused = post("organiser", "/api/contests/" + number + "/entries",
        List.of(ContestSteps.entry(2), incomplete));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("entries[2].projectTitle");
    assertThat(contests.entries(number)).isEmpty();
    assertThat(post("organiser", "/api/contests/" + number + "/entries", List.of(ContestSteps.entry(1)))
        .getStatusCode().value()).isEqualTo(200);
    ResponseEntity<String> twice = post("organiser", "/api/contests/" + number + "/entries",
        List.of(ContestSteps.entry(1)));
    assertThat(twice.getStatusCode().value()).isEqualTo(400);
    assertThat(contests.entries(number)).hasSize(1);
    assertThat(get("observer", "/api/contests/" + number).getStatusCode().value()).isEqualTo(200);
    assertThat(get("organiser2", "/api/contests/" + number).getStatusCode().value()).isEqualTo(404);
    assertThat(get("trainer", "/api/contests/" + number).getStatusCode().value()).isEqualTo(404);
    assertThat(rest.getForEntity("/api/contests/" + number, String.class).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aJurorSeesNoOtherJurorsScoresBeforeSubmittingTheirOwnForThatEntry() {
    ProcessInstance instance = judging();
    String number = instance.getBusinessKey();
    contest.score("juror", instance, 1, List.of(5));

    // juror2 has not scored entry 1: nothing of it, by the app's API or the engine's.
    assertThat(rows(scores("juror2", number))).isEmpty();
    assertThat(rows(scores("juror", number))).hasSize(7).allMatch(s -> "juror".equals(s.get("juror")));
    Task own = contest.task("juror2", instance, "Task_ScoreContestEntry", 1);
    String ownVariables = unescaped(get("juror2", "/engine-rest/task/" + own.getId() + "/variables?deserializeValues=false").getBody());
    assertThat(ownVariables).contains("contestScores").contains("\"score\":null").doesNotContain("\"score\":5");
    for (String path : List.of("/engine-rest/variable-instance?deserializeValues=false&processInstanceIdIn=" + instance.getId(),
        "/engine-rest/history/variable-instance?deserializeValues=false&processInstanceId=" + instance.getId(),
        "/engine-rest/history/detail?deserializeValues=false&processInstanceId=" + instance.getId(),
        "/engine-rest/process-instance/" + instance.getId() + "/variables?deserializeValues=false")) {
      ResponseEntity<String> answer = get("juror2", path);
      assertThat(unescaped(answer.getBody())).as(path).doesNotContain("\"score\":5").doesNotContain("scoreComment");
    }
    assertThat(get("juror2", "/engine-rest/task?processInstanceId=" + instance.getId()).getBody())
        .doesNotContain("\"assignee\":\"juror\"");

    // After scoring entry 1 themselves, juror2 sees its table; still nothing of entry 2.
    contest.score("juror2", instance, 1, List.of(3));
    assertThat(rows(scores("juror2", number))).hasSize(14).allMatch(s -> Integer.valueOf(1).equals(s.get("entryNo")));
    // The chair and the organisers see the table only once every score is in.
    assertThat(scores("jurychair", number).getBody()).containsEntry("complete", false);
    assertThat(rows(scores("jurychair", number))).isEmpty();
    assertThat(scores("organiser", number).getStatusCode().value()).isEqualTo(403);
    assertThat(scores("observer", number).getStatusCode().value()).isEqualTo(403);
    assertThat(scores("organiser2", number).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void theTableForAllOnceCompleteAndThePublicResultsWithoutPersonalData() {
    ProcessInstance instance = judging();
    String number = instance.getBusinessKey();
    for (String juror : List.of("juror", "juror2", "juror3", "jurychair")) {
      for (int entry = 1; entry <= 3; entry++) {
        if (!(juror.equals("juror3") && entry == 3)) {
          contest.score(juror, instance, entry, List.of(6 - entry));
        }
      }
    }
    assertThat(rows(scores("organiser", number))).hasSize(11 * 7);
    assertThat(rows(scores("observer", number))).hasSize(11 * 7);
    assertThat(rows(scores("jurychair", number))).hasSize(11 * 7);
    assertThat(get("anonymous-nobody", "/public/api/contests/" + number).getStatusCode().value()).isEqualTo(404);
    assertThat(rest.getForEntity("/public/api/contests/" + number, String.class).getStatusCode().value())
        .isEqualTo(404);

    contest.nameWinners(instance, "1, 2, 3", java.util.Arrays.asList(2, null));
    contest.decideProtocol(instance, true, null);

    ResponseEntity<List<Map<String, Object>>> list = rest.exchange("/public/api/contests?lang=ru", HttpMethod.GET,
        null, LIST);
    assertThat(list.getBody()).anyMatch(c -> number.equals(c.get("contestNumber")));
    ResponseEntity<String> published = rest.getForEntity("/public/api/contests/" + number + "?lang=ru", String.class);
    assertThat(published.getStatusCode().value()).isEqualTo(200);
    String body = published.getBody();
    assertThat(body).contains(ContestSteps.school(1)).contains("Laura Juror").contains("\"role\":\"CHAIR\"")
        .contains("\"place\":1").contains("Жамбылская область").contains("MEAN");
    assertThat(body).doesNotContain("juror2").doesNotContain("jurychair").doesNotContain("organiser")
        .doesNotContain("@").doesNotContain("Директор 1").doesNotContain("portfolio.pdf")
        .doesNotContain("\"juror\"").doesNotContain("RELATIVE");
  }

  long visibleTasks(String user, ProcessInstance instance, String key) {
    return steps.as(user, () -> engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).count());
  }

  @Test
  void theAccessMatrix() {
    ProcessInstance instance = contest.announce("organiser", ContestSteps.announcement(LocalDateTime.now().plusDays(2)));
    // The region's organisers only: Almaty's organiser, jurors and observers see no registration task.
    assertThat(visibleTasks("organiser", instance, "Task_RegisterContestEntries")).isOne();
    for (String other : List.of("organiser2", "juror", "jurychair", "observer", "regional")) {
      assertThat(visibleTasks(other, instance, "Task_RegisterContestEntries")).as(other).isZero();
    }
    Task register = contest.task("organiser", instance, "Task_RegisterContestEntries", null);
    assertThat(post("organiser2", "/engine-rest/task/" + register.getId() + "/claim", Map.of("userId", "organiser2"))
        .getStatusCode().value()).isBetween(400, 499);
    contest.register("organiser", instance, List.of(ContestSteps.entry(1), ContestSteps.entry(2)), true);
    contest.admit("organiser", instance, 2, Map.of());
    // Each juror sees their own conflicts task only; the chair is a juror too.
    for (String juror : List.of("juror", "juror2", "juror3", "jurychair")) {
      assertThat(visibleTasks(juror, instance, "Task_DeclareConflicts")).as(juror).isOne();
    }
    assertThat(visibleTasks("organiser", instance, "Task_DeclareConflicts")).isZero();
    Task jurors = contest.task("juror", instance, "Task_DeclareConflicts", null);
    ResponseEntity<String> forged = post("juror2", "/engine-rest/task/" + jurors.getId() + "/submit-form",
        Map.of("variables", Map.of()));
    assertThat(forged.getStatusCode().value()).isBetween(400, 499);
    assertThat(contests.jurors(instance.getBusinessKey())).allMatch(j -> j.conflictsDeclaredAt() == null);
    for (String juror : List.of("juror", "juror2", "juror3", "jurychair")) {
      contest.declareConflicts(juror, instance, Map.of());
    }
    // Two entries, four jurors: each juror sees their own two scoring tasks.
    for (String juror : List.of("juror", "juror2", "juror3", "jurychair")) {
      assertThat(visibleTasks(juror, instance, "Task_ScoreContestEntry")).as(juror).isEqualTo(2);
    }
    assertThat(visibleTasks("observer", instance, "Task_ScoreContestEntry")).isZero();
    // The observer reads the contest through the API, acts on nothing.
    assertThat(get("observer", "/api/contests/" + instance.getBusinessKey()).getStatusCode().value()).isEqualTo(200);
    assertThat(post("observer", "/api/contests/" + instance.getBusinessKey() + "/entries",
        List.of(ContestSteps.entry(3))).getStatusCode().value()).isEqualTo(404);
  }
}
