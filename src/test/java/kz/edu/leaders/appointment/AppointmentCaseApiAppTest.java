package kz.edu.leaders.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.AppointmentRows;
import kz.edu.leaders.support.TestApplications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case API: who sees which case, what a case shows (every vote by member), and no IIN, phone or e-mail. */
@AppTest
class AppointmentCaseApiAppTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired com.fasterxml.jackson.databind.ObjectMapper json;

  AppointmentRows rows;
  String turkistan;
  String almaty;
  String competition;
  long winner;
  List<String> personalData = new ArrayList<>();
  List<String> bodies = new ArrayList<>();

  @BeforeEach
  void seed() {
    rows = new AppointmentRows(jdbc);
    turkistan = rows.vacancy("TURKISTAN", "School No. 12, Turkistan", "FILLED");
    rows.actingHead(turkistan, "Sadykova Gulmira");
    String reservistIin = TestApplications.randomIin();
    rows.declinedOffer(turkistan, "TURKISTAN", reservistIin, "Reservova", "Aliya");
    Instant session = Instant.now().minus(2, ChronoUnit.DAYS);
    competition = rows.competition(turkistan, 1, "SCHEDULED", session, "https://stream.example.kz/live/12");
    rows.session(competition, 1, session, "https://stream.example.kz/live/12", 3);
    String winnerIin = TestApplications.randomIin();
    String winnerPhone = AppointmentRows.randomPhone();
    String winnerEmail = AppointmentRows.unique("w").toLowerCase() + "@example.kz";
    String otherIin = TestApplications.randomIin();
    String otherPhone = AppointmentRows.randomPhone();
    String otherEmail = AppointmentRows.unique("o").toLowerCase() + "@example.kz";
    winner = rows.candidate(competition, winnerIin, "Nurlybekova", "Asel", winnerPhone, winnerEmail, "WINNER", 2, 1);
    long other = rows.candidate(competition, otherIin, "Zhaksylykov", "Erbol", otherPhone, otherEmail, "NOT_SELECTED",
        1, 2);
    rows.vote(competition, 1, "competition", winner, "FOR");
    rows.vote(competition, 1, "competition2", winner, "FOR");
    rows.vote(competition, 1, "competition3", winner, "AGAINST");
    rows.vote(competition, 1, "competition", other, "AGAINST");
    rows.vote(competition, 1, "competition2", other, "AGAINST");
    rows.vote(competition, 1, "competition3", other, "FOR");
    rows.decide(competition, "WINNER", winner, session.plus(3, ChronoUnit.HOURS), "https://video.example.kz/rec/12");
    rows.order(turkistan, "COMPETITION", "Nurlybekova Asel Testovich", winnerIin, winner);
    // Free text typed by a user may carry personal data; the API masks it.
    rows.event(turkistan, "REGISTERED", "Director post, School No. 12, Turkistan", "district");
    rows.event(turkistan, "CANDIDATE_NOTE", "Candidate " + otherIin + " asked to be called on " + otherPhone
        + " or written to at " + otherEmail, "regional");
    personalData.addAll(List.of(reservistIin, winnerIin, winnerPhone, winnerEmail, otherIin, otherPhone, otherEmail));

    almaty = rows.vacancy("ALMATY", "School No. 100, Almaty", "OPEN");
  }

  @AfterEach
  void noPersonalDataInAnyResponse() {
    for (String body : bodies) {
      for (String value : personalData) {
        assertThat(body).doesNotContain(value);
      }
      assertThat(body).doesNotContainIgnoringCase("iin\"").doesNotContain("phone\"", "email\"");
    }
  }

  ResponseEntity<String> get(String user, String path) {
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, user);
    ResponseEntity<String> response = client.getForEntity(path, String.class);
    if (response.getBody() != null) {
      bodies.add(response.getBody());
    }
    return response;
  }

  Map<String, Object> caseOf(String user, String number) throws Exception {
    ResponseEntity<String> response = get(user, "/api/appointment/cases/" + number);
    assertThat(response.getStatusCode()).as(user + " reads " + number).isEqualTo(HttpStatus.OK);
    return json.readValue(response.getBody(), Map.class);
  }

  List<String> listedBy(String user) throws Exception {
    ResponseEntity<String> response = get(user, "/api/appointment/cases");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> cases = json.readValue(response.getBody(), List.class);
    return cases.stream().map(c -> (String) c.get("vacancyNumber")).toList();
  }

  @Test
  void theRegionsOfficerReadsTheWholeCaseWithEveryVoteByMember() throws Exception {
    Map<String, Object> found = caseOf("regional", turkistan);

    assertThat((Map<String, Object>) found.get("vacancy")).containsEntry("vacancyNumber", turkistan)
        .containsEntry("region", "TURKISTAN").containsEntry("regionName", "Түркістан облысы / Туркестанская")
        .containsEntry("post", "DIRECTOR").containsEntry("status", "FILLED").containsEntry("path", "COMPETITION")
        .containsEntry("legalBasis", "ORDER_57_96_2025");
    assertThat((Map<String, Object>) found.get("actingHead")).containsEntry("name", "Sadykova Gulmira")
        .containsEntry("post", "Deputy director");
    assertThat((List<Map<String, Object>>) found.get("reservistOffers")).singleElement()
        .satisfies(o -> assertThat(o).containsEntry("name", "Reservova Aliya").containsEntry("answer", "DECLINED"));

    Map<String, Object> held = ((List<Map<String, Object>>) found.get("competitions")).get(0);
    assertThat(held).containsEntry("competitionId", competition).containsEntry("outcome", "WINNER")
        .containsEntry("streamLink", "https://stream.example.kz/live/12")
        .containsEntry("recordingLink", "https://video.example.kz/rec/12");
    assertThat((String) held.get("sessionAt")).endsWith("+05:00");
    assertThat((List<Map<String, Object>>) held.get("sessions")).singleElement()
        .satisfies(s -> assertThat(s).containsEntry("round", 1).containsEntry("members", 3));
    assertThat((List<Map<String, Object>>) held.get("candidates"))
        .extracting(c -> c.get("name") + " " + c.get("status") + " " + c.get("votesFor") + ":" + c.get("votesAgainst")
            + " " + c.get("winner") + " " + c.get("testScore") + " " + c.get("broadcastConsent") + " " + c.get("attended"))
        .containsExactly("Nurlybekova Asel Testovich WINNER 2:1 true 82.5 true true",
            "Zhaksylykov Erbol Testovich NOT_SELECTED 1:2 false 82.5 true true");
    assertThat((List<Map<String, Object>>) held.get("votes"))
        .extracting(v -> v.get("memberId") + " (" + v.get("memberName") + ") " + v.get("candidateName") + " "
            + v.get("vote"))
        .containsExactly(
            "competition (Bolat Competition) Nurlybekova Asel Testovich FOR",
            "competition2 (Gaukhar Competition) Nurlybekova Asel Testovich FOR",
            "competition3 (Yerzhan Competition) Nurlybekova Asel Testovich AGAINST",
            "competition (Bolat Competition) Zhaksylykov Erbol Testovich AGAINST",
            "competition2 (Gaukhar Competition) Zhaksylykov Erbol Testovich AGAINST",
            "competition3 (Yerzhan Competition) Zhaksylykov Erbol Testovich FOR");

    assertThat((Map<String, Object>) found.get("order")).containsEntry("path", "COMPETITION")
        .containsEntry("appointeeName", "Nurlybekova Asel Testovich").containsEntry("legalBasis", "ORDER_57_96_2025");
    assertThat((List<Map<String, Object>>) found.get("events")).extracting(e -> (String) e.get("event"))
        .containsExactly("REGISTERED", "CANDIDATE_NOTE");
    assertThat((String) ((List<Map<String, Object>>) found.get("events")).get(1).get("detail"))
        .isEqualTo("Candidate [IIN] asked to be called on [phone] or written to at [e-mail]");
  }

  @Test
  void theCaseListShowsOnlyTheCallersRegions() throws Exception {
    assertThat(listedBy("regional")).contains(turkistan).doesNotContain(almaty);
    assertThat(listedBy("competition")).contains(turkistan).doesNotContain(almaty);
    assertThat(listedBy("regional2")).contains(almaty).doesNotContain(turkistan);
    assertThat(listedBy("observer")).contains(turkistan, almaty);
  }

  @Test
  void anotherRegionsCaseDoesNotExistForTheCaller() {
    ResponseEntity<String> response = get("regional2", "/api/appointment/cases/" + turkistan);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody()).doesNotContain("School No. 12", "TURKISTAN");
    assertThat(get("regional2", "/api/appointment/cases/VC-NO-SUCH-CASE").getBody())
        .as("the same answer as for a case that does not exist")
        .isEqualTo(response.getBody().replace(turkistan, "VC-NO-SUCH-CASE"));
  }

  @Test
  void observersAndAdministratorsReadEveryCase() throws Exception {
    assertThat(((Map<String, Object>) caseOf("observer", turkistan).get("vacancy")))
        .containsEntry("vacancyNumber", turkistan);
    assertThat(((List<Map<String, Object>>) ((List<Map<String, Object>>) caseOf("observer", turkistan)
        .get("competitions")).get(0).get("votes"))).hasSize(6);
    assertThat(((Map<String, Object>) caseOf("observer", almaty).get("vacancy"))).containsEntry("region", "ALMATY");
    ResponseEntity<String> admin = rest.withBasicAuth("admin", "admin-test")
        .getForEntity("/api/appointment/cases/" + almaty, String.class);
    bodies.add(admin.getBody());
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("observer", "/api/appointment/cases/VC-NO-SUCH-CASE").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theCaseApiNeedsLoginAndARoleInAppointments() {
    assertThat(get(null, "/api/appointment/cases").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(null, "/api/appointment/cases/" + turkistan).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // The operator is in a region's group (cpe-operators-turkistan), but the CPE has no part in appointments.
    assertThat(get("operator", "/api/appointment/cases").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("operator", "/api/appointment/cases/" + turkistan).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("analyst", "/api/appointment/cases/" + turkistan).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
