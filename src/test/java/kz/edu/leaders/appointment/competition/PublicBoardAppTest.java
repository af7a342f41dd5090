package kz.edu.leaders.appointment.competition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.AppointmentRows;
import kz.edu.leaders.support.TestApplications;
import org.junit.jupiter.api.BeforeEach;
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

/** The public board: no login, the right competitions, and no personal data of candidates. */
@AppTest
class PublicBoardAppTest {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  AppointmentRows rows;
  String scheduled;
  String alreadyHeld;
  String unsafeLink;
  String decided;
  String noWinner;
  String almaty;
  Instant sessionAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
  List<String> personalData;

  @BeforeEach
  void seed() {
    rows = new AppointmentRows(jdbc);
    String vacancy = rows.vacancy("TURKISTAN", "School No. 12, Turkistan", "OPEN");
    scheduled = rows.competition(vacancy, 2, "SCHEDULED", sessionAt, "https://stream.example.kz/live/12");
    String oldVacancy = rows.vacancy("TURKISTAN", "School No. 3, Kentau", "OPEN");
    alreadyHeld = rows.competition(oldVacancy, 1, "SCHEDULED", Instant.now().minus(2, ChronoUnit.DAYS),
        "https://stream.example.kz/live/3");
    String hostileVacancy = rows.vacancy("TURKISTAN", "School <b>No. 5</b>", "OPEN");
    unsafeLink = rows.competition(hostileVacancy, 1, "SCHEDULED", sessionAt.plus(1, ChronoUnit.HOURS),
        "javascript:alert(1)");

    String filledVacancy = rows.vacancy("TURKISTAN", "Gymnasium No. 1, Turkistan", "FILLED");
    decided = rows.competition(filledVacancy, 1, "SCHEDULED", Instant.now().minus(1, ChronoUnit.DAYS), null);
    String winnerIin = TestApplications.randomIin();
    String winnerPhone = AppointmentRows.randomPhone();
    String winnerEmail = AppointmentRows.unique("w").toLowerCase() + "@example.kz";
    String loserIin = TestApplications.randomIin();
    String loserPhone = AppointmentRows.randomPhone();
    String loserEmail = AppointmentRows.unique("l").toLowerCase() + "@example.kz";
    long winner = rows.candidate(decided, winnerIin, "Nurlybekova", "Asel", winnerPhone, winnerEmail, "WINNER", 3, 1);
    rows.candidate(decided, loserIin, "Zhaksylykov", "Erbol", loserPhone, loserEmail, "NOT_SELECTED", 1, 3);
    rows.candidate(decided, TestApplications.randomIin(), "Absentova", "Aida", null, null, "NO_SHOW", null, null);
    rows.decide(decided, "WINNER", winner, Instant.now().minus(1, ChronoUnit.HOURS), "https://video.example.kz/rec/1");
    rows.order(filledVacancy, "COMPETITION", "Nurlybekova Asel Testovich", winnerIin, winner);
    personalData = List.of(winnerIin, winnerPhone, winnerEmail, loserIin, loserPhone, loserEmail);

    String openVacancy = rows.vacancy("TURKISTAN", "School No. 40, Arys", "OPEN");
    noWinner = rows.competition(openVacancy, 1, "SCHEDULED", Instant.now().minus(2, ChronoUnit.DAYS), null);
    rows.candidate(noWinner, TestApplications.randomIin(), "Kasymova", "Dina", null, null, "NOT_SELECTED", 1, 4);
    rows.decide(noWinner, "NO_WINNER", null, Instant.now().minus(2, ChronoUnit.HOURS), null);

    String almatyVacancy = rows.vacancy("ALMATY", "School No. 100, Almaty", "OPEN");
    almaty = rows.competition(almatyVacancy, 1, "SCHEDULED", sessionAt, "https://stream.example.kz/live/100");
  }

  ResponseEntity<Map<String, Object>> board(String query) {
    return rest.exchange("/public/api/competitions" + query, HttpMethod.GET, null, JSON);
  }

  static Map<String, Object> item(ResponseEntity<Map<String, Object>> response, String list, String id) {
    return ((List<Map<String, Object>>) response.getBody().get(list)).stream()
        .filter(c -> id.equals(c.get("competitionId"))).findFirst().orElse(null);
  }

  @Test
  void theBoardNeedsNoLoginAndListsUpcomingSessionsWithTheirStreams() {
    ResponseEntity<Map<String, Object>> response = board("");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> upcoming = item(response, "upcoming", scheduled);
    assertThat(upcoming).containsEntry("school", "School No. 12, Turkistan").containsEntry("region", "TURKISTAN")
        .containsEntry("regionName", "Turkistan Region").containsEntry("post", "DIRECTOR")
        .containsEntry("streamLink", "https://stream.example.kz/live/12").containsEntry("attempt", 2);
    OffsetDateTime at = OffsetDateTime.parse((String) upcoming.get("sessionAt"));
    assertThat(at.toInstant()).isEqualTo(sessionAt);
    assertThat(at.getOffset()).isEqualTo(ZoneId.of("Asia/Almaty").getRules().getOffset(sessionAt));
    assertThat(item(response, "upcoming", alreadyHeld)).as("a session held two days ago").isNull();
    assertThat(item(response, "upcoming", decided)).isNull();
    assertThat(item(response, "upcoming", unsafeLink)).as("only web links are published")
        .doesNotContainKey("streamLink").containsEntry("school", "School <b>No. 5</b>");
    List<Map<String, Object>> all = (List<Map<String, Object>>) response.getBody().get("upcoming");
    assertThat(all).extracting(c -> (String) c.get("sessionAt")).isSortedAccordingTo(
        (a, b) -> OffsetDateTime.parse(a).compareTo(OffsetDateTime.parse(b)));
  }

  @Test
  void finishedCompetitionsShowTheOutcomeTheAppointeeTheVoteCountsAndTheRecording() {
    ResponseEntity<Map<String, Object>> response = board("");

    Map<String, Object> finished = item(response, "finished", decided);
    assertThat(finished).containsEntry("outcome", "WINNER").containsEntry("appointeeName", "Nurlybekova Asel Testovich")
        .containsEntry("recordingLink", "https://video.example.kz/rec/1")
        .containsEntry("school", "Gymnasium No. 1, Turkistan");
    assertThat((String) finished.get("outcomeText")).isEqualTo("Winner appointed");
    assertThat((List<Map<String, Object>>) finished.get("votes")).containsExactly(
        Map.of("winner", true, "votesFor", 3, "votesAgainst", 1),
        Map.of("winner", false, "votesFor", 1, "votesAgainst", 3));
    Map<String, Object> none = item(response, "finished", noWinner);
    assertThat(none).containsEntry("outcome", "NO_WINNER").doesNotContainKey("appointeeName");
    assertThat((String) none.get("outcomeText")).isEqualTo("No winner");
    List<String> ids = ((List<Map<String, Object>>) response.getBody().get("finished")).stream()
        .map(c -> (String) c.get("competitionId")).toList();
    assertThat(ids.indexOf(decided)).as("newest first").isLessThan(ids.indexOf(noWinner));
  }

  /** The page names the language; without it the switch's cookie or the browser's language counts. */
  @Test
  void theBoardSpeaksTheLanguageItIsAskedFor() {
    Map<String, Object> kk = board("?lang=kk").getBody();
    assertThat(kk).containsEntry("language", "kk");
    assertThat(item(board("?lang=kk"), "upcoming", scheduled)).containsEntry("regionName", "Түркістан облысы")
        .containsEntry("postName", "Мектеп директоры");
    assertThat(item(board("?lang=ru"), "finished", decided)).containsEntry("regionName", "Туркестанская область")
        .containsEntry("outcomeText", "Победитель назначен");
    assertThat(item(board("?lang=en"), "finished", noWinner)).containsEntry("regionName", "Turkistan Region")
        .containsEntry("outcomeText", "No winner");
    assertThat((List<Map<String, Object>>) kk.get("regions")).hasSize(Region.values().length)
        .contains(Map.of("code", "ULYTAU", "name", "Ұлытау облысы"));

    HttpHeaders russianBrowserThatChoseKazakh = new HttpHeaders();
    russianBrowserThatChoseKazakh.set(HttpHeaders.ACCEPT_LANGUAGE, "ru-RU,ru;q=0.9");
    russianBrowserThatChoseKazakh.set(HttpHeaders.COOKIE, Language.COOKIE + "=kk");
    var chosen = rest.exchange("/public/api/competitions", HttpMethod.GET,
        new HttpEntity<>(russianBrowserThatChoseKazakh), JSON);
    assertThat(chosen.getBody()).containsEntry("language", "kk");
    assertThat(chosen.getHeaders().getVary()).contains(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE);

    ResponseEntity<Map<String, Object>> unknown = board("?lang=de");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().toString()).contains("kk, ru");
  }

  @Test
  void theBoardHoldsNoPersonalDataOfCandidates() {
    String body = rest.getForObject("/public/api/competitions", String.class);

    assertThat(body).contains(decided);
    for (String value : personalData) {
      assertThat(body).doesNotContain(value);
    }
    assertThat(body).doesNotContain("Zhaksylykov", "Absentova", "Kasymova", "Deputy director, school No. 7",
        "Decided by open vote", "iin", "phone", "email");
  }

  @Test
  void theBoardCanShowOneRegionAndRefusesAnUnknownOne() {
    ResponseEntity<Map<String, Object>> response = board("?region=ALMATY");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(item(response, "upcoming", almaty)).isNotNull();
    assertThat(item(response, "upcoming", scheduled)).isNull();
    assertThat(item(response, "finished", decided)).isNull();
    assertThat(item(board("?region=turkistan"), "upcoming", scheduled)).isNotNull();

    ResponseEntity<Map<String, Object>> bad = board("?region=ATLANTIS");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().toString()).contains("field=region", "unknown region 'ATLANTIS'", "TURKISTAN");
  }

  @Test
  void theBoardPageIsServedWithoutLogin() {
    for (String path : List.of("/board", "/board/", "/board/index.html")) {
      ResponseEntity<String> page = rest.getForEntity(path, String.class);
      assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
      assertThat(page.getBody()).contains("<title>Мектеп басшылары лауазымына ашық конкурстар",
          "id=\"upcoming\"", "id=\"finished\"", "/public/api/competitions", "/board/board.js");
      // The policy allows the page its own files only: no inline script or style.
      assertThat(page.getBody()).doesNotContain("<script>", "<style>", "onsubmit=");
      assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'")
          .doesNotContain("unsafe-inline");
      assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }
    String script = rest.getForEntity("/board/board.js", String.class).getBody();
    assertThat(script).contains("rel = 'noopener").doesNotContain("innerHTML");
  }
}
