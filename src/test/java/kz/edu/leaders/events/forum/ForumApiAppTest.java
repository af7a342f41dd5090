package kz.edu.leaders.events.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.demo.ForumSteps;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The forums' API and the public feedback sheet: who may see and do what, the import's rows, feedback once. */
@AppTest
class ForumApiAppTest {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired ForumSteps forums;
  @Autowired ForumParticipants participants;
  @Autowired FeedbackRepository sheets;

  ProcessInstance forumWith(int participants) {
    ProcessInstance instance = forums.plan("organiser", ForumSteps.forum("JAMBYL", LocalDate.now().minusDays(1),
        ForumSteps.programme()));
    forums.registerCsv(instance.getBusinessKey(), ForumSteps.directorsCsv(1, participants), "organiser");
    return instance;
  }

  /** Each demo user's password is its id; the tests' administrator has its own. */
  TestRestTemplate as(String user) {
    return user == null ? rest : rest.withBasicAuth(user, user.equals("admin") ? "admin-test" : user);
  }

  ResponseEntity<Map<String, Object>> send(String user, HttpMethod method, String path, Object body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    if (type != null) {
      headers.setContentType(type);
    }
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "ru");
    return as(user).exchange(path, method, new HttpEntity<>(body, headers), JSON);
  }

  int status(String user, String path) {
    return as(user).exchange(path, HttpMethod.GET, null, String.class)
        .getStatusCode().value();
  }

  List<String> listed(String user) {
    return as(user).exchange("/api/forums", HttpMethod.GET, null, LIST).getBody().stream()
        .map(f -> (String) f.get("forumNumber")).toList();
  }

  @Test
  void theRegionsOrganisersReadAndRegisterObserversReadWithoutNamesOthersSeeNothing() {
    String number = forumWith(4).getBusinessKey();
    String detail = "/api/forums/" + number;
    String csv = ForumSteps.directorsCsv(10, 11);

    assertThat(listed("organiser")).contains(number);
    assertThat(listed("admin")).contains(number);
    assertThat(listed("observer")).contains(number);
    assertThat(listed("organiser2")).doesNotContain(number);
    assertThat(status(null, "/api/forums")).isEqualTo(401);
    assertThat(status("regional", "/api/forums")).isEqualTo(403);

    Map<String, Object> forOrganiser = send("organiser", HttpMethod.GET, detail, null, null).getBody();
    assertThat((List<?>) forOrganiser.get("participants")).hasSize(4);
    assertThat((List<?>) forOrganiser.get("sessions")).hasSize(5);
    Map<String, Object> forObserver = send("observer", HttpMethod.GET, detail, null, null).getBody();
    assertThat((List<?>) forObserver.get("participants")).isEmpty();
    assertThat(forObserver.toString()).doesNotContain("Асанұлы", "@school.example.kz");
    assertThat(status("organiser2", detail)).isEqualTo(404);
    assertThat(status("regional", detail)).isEqualTo(403);
    assertThat(status(null, detail)).isEqualTo(401);

    for (String reader : List.of("organiser", "observer", "admin")) {
      assertThat(status(reader, detail + "/summary")).as(reader).isEqualTo(200);
    }
    assertThat(status("organiser2", detail + "/summary")).isEqualTo(404);
    assertThat(status(null, detail + "/summary")).isEqualTo(401);

    MediaType text = MediaType.valueOf("text/csv");
    assertThat(send("organiser2", HttpMethod.POST, detail + "/participants", csv, text).getStatusCode().value())
        .isEqualTo(404);
    assertThat(send("observer", HttpMethod.POST, detail + "/participants", csv, text).getStatusCode().value())
        .isEqualTo(403);
    assertThat(send(null, HttpMethod.POST, detail + "/participants", csv, text).getStatusCode().value())
        .isEqualTo(401);
    assertThat(participants.count(number)).isEqualTo(4);
    assertThat(send("admin", HttpMethod.POST, detail + "/participants", csv, text).getBody())
        .containsEntry("accepted", 2);
    assertThat(participants.count(number)).isEqualTo(6);
  }

  @SuppressWarnings("unchecked")
  @Test
  void eachRowOfTheImportIsReportedAndOnlyTheGoodOnesAreRegistered() {
    String number = forumWith(0).getBusinessKey();
    String csv = "full_name;position;organisation;district;email;phone\n"
        + "Әлиева Гүлнар;Директор;№ 1 мектеп;Тараз қаласы;gulnar@example.kz;+77011234567\n"
        + ";Директор;№ 2 мектеп;Тараз қаласы;;\n"
        + "Бекова Сара;Директор;№ 3 мектеп;Тараз қаласы;not-an-address;\n"
        + "Омаров Ерлан;Директор;№ 4 мектеп;Тараз қаласы;;12-34\n"
        + "әлиева  гүлнар;Директор;№ 1 мектеп;Тараз қаласы;;\n"
        + "Сейітов Марат;Директор;№ 5 мектеп;Шу ауданы;;\n";

    ResponseEntity<Map<String, Object>> report = send("organiser", HttpMethod.POST,
        "/api/forums/" + number + "/participants", csv, MediaType.valueOf("text/csv"));

    assertThat(report.getStatusCode().value()).isEqualTo(200);
    assertThat(report.getBody()).containsEntry("received", 6).containsEntry("accepted", 2)
        .containsEntry("rejected", 4);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) report.getBody().get("rows");
    assertThat(rows).extracting(r -> r.get("status")).containsExactly("REGISTERED", "INVALID", "INVALID", "INVALID",
        "DUPLICATE", "REGISTERED");
    assertThat(rows).extracting(r -> r.get("field")).containsExactly(null, "fullName", "email", "phone", "fullName",
        null);
    assertThat((String) rows.get(2).get("message")).contains("эл. почты");
    assertThat((String) rows.get(4).get("message")).contains("выше в списке");
    assertThat(rows.get(5)).containsEntry("participantNo", 2);
    assertThat(participants.count(number)).isEqualTo(2);

    ResponseEntity<Map<String, Object>> unreadable = send("organiser", HttpMethod.POST,
        "/api/forums/" + number + "/participants", "name;org\nA;B\n", MediaType.valueOf("text/csv"));
    assertThat(unreadable.getStatusCode().value()).isEqualTo(400);
    assertThat(participants.count(number)).isEqualTo(2);
  }

  @Test
  void aPersonalLinkTakesOneSheetAndRefusesBadRatingsUnknownLinksAndASecondSheet() {
    ProcessInstance instance = forumWith(3);
    String number = instance.getBusinessKey();
    // As CSV: the links of those the e-mail does not reach (here nobody has been mailed yet, so all).
    String links = "/api/forums/" + number + "/feedback-links?format=csv";
    assertThat(send("organiser", HttpMethod.POST, links, null, null).getStatusCode().value()).isEqualTo(409);
    forums.closeRegistration("organiser", instance);
    assertThat(rest.withBasicAuth("organiser2", "organiser2").postForEntity(links, null, String.class)
        .getStatusCode().value()).isEqualTo(404);

    ResponseEntity<String> issued = rest.withBasicAuth("organiser", "organiser").postForEntity(links, null,
        String.class);
    assertThat(issued.getStatusCode().value()).isEqualTo(200);
    List<String> lines = issued.getBody().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("participant_no;full_name;organisation;email;phone;link");
    String token = lines.get(1).substring(lines.get(1).indexOf("/forum-feedback/#") + "/forum-feedback/#".length());
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    String sheet = "/public/api/forum-feedback/" + token;

    Map<String, Object> shown = send(null, HttpMethod.GET, sheet, null, null).getBody();
    assertThat(shown).containsEntry("forumNumber", number).containsEntry("ratingScale", 5)
        .containsEntry("open", true).containsEntry("submitted", false);
    assertThat((List<?>) shown.get("sessions")).hasSize(5);
    assertThat(shown.toString()).doesNotContain("Асанұлы");

    String wellFormed = "A".repeat(43);
    assertThat(send(null, HttpMethod.GET, "/public/api/forum-feedback/" + wellFormed, null, null)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(send(null, HttpMethod.GET, "/public/api/forum-feedback/1", null, null).getStatusCode().value())
        .isEqualTo(404);
    assertThat(send(null, HttpMethod.POST, "/public/api/forum-feedback/" + wellFormed, Map.of("forumRating", 3),
        MediaType.APPLICATION_JSON).getStatusCode().value()).isEqualTo(404);

    ResponseEntity<Map<String, Object>> outOfRange = send(null, HttpMethod.POST, sheet, Map.of("forumRating", 6,
        "sessions", List.of(Map.of("sessionNo", 1, "rating", 0), Map.of("sessionNo", 9, "rating", 3))),
        MediaType.APPLICATION_JSON);
    assertThat(outOfRange.getStatusCode().value()).isEqualTo(400);
    assertThat(outOfRange.getBody().toString()).contains("forumRating", "sessions[1].rating", "sessions[2].sessionNo");
    assertThat(sheets.count(number)).isZero();

    ResponseEntity<Map<String, Object>> first = send(null, HttpMethod.POST, sheet, Map.of("forumRating", 4,
        "comments", "Диалог алаңы пайдалы болды / Диалоговая площадка была полезной",
        "sessions", List.of(Map.of("sessionNo", 4, "rating", 5))), MediaType.APPLICATION_JSON);
    assertThat(first.getStatusCode().value()).isEqualTo(201);
    ResponseEntity<Map<String, Object>> second = send(null, HttpMethod.POST, sheet, Map.of("forumRating", 1),
        MediaType.APPLICATION_JSON);
    assertThat(second.getStatusCode().value()).isEqualTo(409);
    assertThat(second.getBody()).containsEntry("code", "forum.feedback.already");
    assertThat((String) second.getBody().get("message")).contains("уже отправлена");
    assertThat(sheets.count(number)).isOne();
    assertThat(sheets.forumTally(number).total()).isEqualTo(4);
    assertThat(send(null, HttpMethod.GET, sheet, null, null).getBody()).containsEntry("submitted", true);

    // Issued again: the one who answered gets no new link, the others' old links stop working.
    String old = lines.get(2).substring(lines.get(2).indexOf('#') + 1);
    assertThat(rest.withBasicAuth("organiser", "organiser").postForEntity(links, null, String.class).getBody()
        .lines().count()).isEqualTo(3);
    assertThat(send(null, HttpMethod.GET, "/public/api/forum-feedback/" + old, null, null).getStatusCode().value())
        .isEqualTo(404);

    Map<String, Object> summary = send("observer", HttpMethod.GET, "/api/forums/" + number + "/summary", null, null)
        .getBody();
    assertThat(summary).containsEntry("feedbackCount", 1);
    assertThat(summary.toString()).contains("Диалоговая площадка была полезной");
  }

  @Test
  void thePublicPageIsServedWithoutLogin() {
    ResponseEntity<String> page = rest.getForEntity("/forum-feedback/", String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("/forum-feedback/feedback.js");
    assertThat(rest.getForEntity("/forum-feedback/feedback.js", String.class).getStatusCode().value()).isEqualTo(200);
  }
}
