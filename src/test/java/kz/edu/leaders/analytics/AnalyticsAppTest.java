package kz.edu.leaders.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.selection.SelectionDriver;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The analytics of a cycle seeded with a funnel, stage times, placements and competitions whose figures are known,
 * read through the API as the analyst, an observer and an administrator; refused to anyone else and to bad requests.
 */
@AppTest
class AnalyticsAppTest {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired SelectionDriver selection;

  AnalyticsRows rows;

  @BeforeEach
  void seedACycle() {
    rows = new AnalyticsRows(jdbc);
    // Turkistan: six applications; Almaty (city): two.
    rows.application("TURKISTAN", "ELIGIBILITY", "INELIGIBLE");
    String correcting = rows.application("TURKISTAN", "DOCUMENT_CORRECTION", null);
    String failedA = rows.application("TURKISTAN", "TEST", "TEST_FAILED");
    String failedB = rows.application("TURKISTAN", "TEST", "TEST_FAILED");
    String enrolled = rows.application("TURKISTAN", "RESERVE", "ENROLLED");
    String interviewed = rows.application("TURKISTAN", "INTERVIEW", null);
    rows.application("ALMATY", "ELIGIBILITY", "INELIGIBLE");
    String enrolledInAlmaty = rows.application("ALMATY", "RESERVE", "ENROLLED");

    // Time in the test: 10, 20, 30, 40 and 50 days; the document check twice for one (2 + 3 days), 4 days for another.
    rows.visit(failedA, "TEST", 10);
    rows.visit(failedB, "TEST", 20);
    rows.visit(enrolled, "TEST", 30);
    rows.visit(interviewed, "TEST", 40);
    rows.visit(enrolledInAlmaty, "TEST", 50);
    rows.visit(correcting, "DOCUMENT_CHECK", 2);
    rows.visit(correcting, "DOCUMENT_CHECK", 3);
    rows.visit(failedA, "DOCUMENT_CHECK", 4);
    rows.visit(correcting, "DOCUMENT_CORRECTION", null);
    rows.visit(interviewed, "INTERVIEW", null);

    // Three reservists: appointed 100 days after enrolment 400 days ago; enrolled 250 days ago, not appointed;
    // enrolled 30 days ago, not appointed (neither window over yet).
    String early = rows.reservist(enrolled, "TURKISTAN", "DIRECTOR", 400);
    rows.appointed(early, "TURKISTAN", 400, 100);
    rows.reservist(enrolledInAlmaty, "ALMATY", "DEPUTY_DIRECTOR", 250);
    rows.reservist(null, "TURKISTAN", "DIRECTOR", 30);

    // Turkistan's competitions: nobody came, then announced again and a winner; one under way. Almaty: not chosen.
    String vacancy = rows.vacancy("TURKISTAN");
    rows.competition(vacancy, 1, "NO_SHOW");
    rows.competition(vacancy, 2, "WINNER");
    rows.competition(rows.vacancy("TURKISTAN"), 1, null);
    rows.competition(rows.vacancy("ALMATY"), 1, "NOT_CHOSEN");
  }

  ResponseEntity<Map<String, Object>> get(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Accept-Language", "en");
    TestRestTemplate client = user == null ? rest
        : rest.withBasicAuth(user, user.equals("admin") ? "admin-test" : user);
    return client.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JSON);
  }

  Map<String, Object> report(String user, String query) {
    ResponseEntity<Map<String, Object>> response = get(user, "/api/analytics/cycles/" + rows.cycle + query);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  @SuppressWarnings("unchecked")
  static Object at(Object node, Object... path) {
    Object value = node;
    for (Object step : path) {
      value = step instanceof Integer i ? ((List<Object>) value).get(i) : ((Map<String, Object>) value).get(step);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object node, Object... path) {
    return (List<Map<String, Object>>) at(node, path);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node, Object... path) {
    return (Map<String, Object>) at(node, path);
  }

  static Map<String, Object> region(Map<String, Object> report, String section, String region) {
    List<Map<String, Object>> regions = list(report, section, "regions");
    return regions.stream().filter(r -> region.equals(r.get("region"))).findFirst().orElseThrow();
  }

  @Test
  void theFunnelCountsWhoReachedEachStageWithTheConversionFromThePreviousOne() {
    Map<String, Object> report = report("analyst", "");

    assertThat(list(report, "stages")).extracting(s -> at(s, "code")).containsExactly("ELIGIBILITY", "DOCUMENT_CHECK",
        "TEST", "TRAINING", "INTERNSHIP", "FINAL_ASSESSMENT", "INTERVIEW", "RESERVE");
    Map<String, Object> turkistan = region(report, "funnel", "TURKISTAN");
    assertThat(turkistan.get("regionName")).isEqualTo("Turkistan Region");
    assertThat(turkistan.get("applications")).isEqualTo(6);
    assertThat(turkistan.get("inProgress")).isEqualTo(2);
    assertThat(turkistan.get("reached")).isEqualTo(List.of(6, 5, 4, 2, 2, 2, 2, 1));
    assertThat(turkistan.get("conversion")).isEqualTo(Arrays.asList(null, 0.833, 0.8, 0.5, 1.0, 1.0, 1.0, 0.5));
    assertThat(at(region(report, "funnel", "ALMATY"), "reached")).isEqualTo(List.of(2, 1, 1, 1, 1, 1, 1, 1));
    Map<String, Object> total = map(report, "funnel", "total");
    assertThat(total.get("regionName")).isEqualTo("All regions");
    assertThat(total.get("reached")).isEqualTo(List.of(8, 6, 5, 3, 3, 3, 3, 2));

    assertThat(list(report, "dropouts")).extracting(d -> at(d, "stage") + "/" + at(d, "outcome") + "=" + at(d, "applications"))
        .containsExactly("ELIGIBILITY/INELIGIBLE=2", "TEST/TEST_FAILED=2");
  }

  @Test
  void timeInStageIsTheMedianAndNinetiethPercentileOfWhatEachApplicationSpentInIt() {
    Map<String, Object> report = report("observer", "");
    List<Map<String, Object>> times = list(report, "stageTimes");
    Map<String, Map<String, Object>> byStage = new java.util.HashMap<>();
    times.forEach(t -> byStage.put((String) t.get("stage"), t));

    assertThat(byStage.keySet()).doesNotContain("RESERVE").contains("DOCUMENT_CORRECTION", "TEST");
    assertThat(byStage.get("TEST")).containsEntry("applications", 5).containsEntry("medianDays", 30.0)
        .containsEntry("p90Days", 46.0).containsEntry("inStageNow", 0);
    // The two document checks of one application add up to 5 days; with the other's 4: median 4.5, p90 4.9.
    assertThat(byStage.get("DOCUMENT_CHECK")).containsEntry("applications", 2).containsEntry("medianDays", 4.5)
        .containsEntry("p90Days", 4.9);
    assertThat(byStage.get("DOCUMENT_CORRECTION")).containsEntry("applications", 0).doesNotContainKey("medianDays")
        .containsEntry("inStageNow", 1);
    assertThat(byStage.get("INTERVIEW")).containsEntry("inStageNow", 1);
  }

  @Test
  void placementCountsOnlyTheReservistsWhoseWindowIsOverOrWhoAreAppointed() {
    Map<String, Object> placement = map(report("admin", ""), "placement");

    assertThat(placement.get("windows")).isEqualTo(List.of("P6M", "P12M"));
    Map<String, Object> total = map(placement, "total");
    assertThat(total).containsEntry("enrolled", 3).containsEntry("appointed", 1)
        .containsEntry("windowPassed", List.of(2, 1)).containsEntry("appointedWithin", List.of(1, 1))
        .containsEntry("share", List.of(0.5, 1.0));
    List<Map<String, Object>> rowsByRegion = list(placement, "rows");
    assertThat(rowsByRegion).extracting(r -> r.get("region") + "/" + r.get("level") + " " + r.get("enrolled") + " "
            + r.get("appointedWithin") + " of " + r.get("windowPassed"))
        .containsExactly("TURKISTAN/DIRECTOR 2 [1, 1] of [1, 1]", "ALMATY/DEPUTY_DIRECTOR 1 [0, 0] of [1, 0]");
    assertThat(rowsByRegion.get(1)).containsEntry("levelName", "Deputy director");
  }

  @Test
  void competitionsAreCountedByHowTheyEndedAndWhetherOneWasAnnouncedAgain() {
    Map<String, Object> report = report("analyst", "");

    assertThat(region(report, "competitions", "TURKISTAN")).containsEntry("announced", 3)
        .containsEntry("winner", 1).containsEntry("noShow", 1).containsEntry("inProgress", 1)
        .containsEntry("notChosen", 0).containsEntry("reannounced", 1);
    assertThat(map(report, "competitions", "total")).containsEntry("announced", 4).containsEntry("notChosen", 1)
        .containsEntry("winner", 1);
    assertThat(at(report, "competitions", "from")).isEqualTo(rows.cycle + "-01-01");
  }

  @Test
  void oneRegionsReportHasOnlyItsFigures() {
    Map<String, Object> report = report("analyst", "?region=ALMATY");

    assertThat(report.get("region")).isEqualTo("ALMATY");
    assertThat(list(report, "funnel", "regions")).hasSize(1);
    assertThat(at(report, "funnel", "total", "reached")).isEqualTo(List.of(2, 1, 1, 1, 1, 1, 1, 1));
    assertThat(at(report, "competitions", "total", "announced")).isEqualTo(1);
    assertThat(at(report, "placement", "total", "enrolled")).isEqualTo(1);
  }

  @Test
  void eachSectionIsACsvFileWithCodesAndNames() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Accept-Language", "ru");
    ResponseEntity<String> funnel = rest.withBasicAuth("analyst", "analyst").exchange(
        "/api/analytics/cycles/" + rows.cycle + "/funnel.csv", HttpMethod.GET, new HttpEntity<>(headers), String.class);

    assertThat(funnel.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(funnel.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(funnel.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("analytics-" + rows.cycle + "-funnel.csv");
    List<String> lines = funnel.getBody().lines().toList();
    assertThat(lines.get(0)).isEqualTo("\uFEFFcycle,region,region_name,stage,stage_name,reached,conversion,"
        + "applications,in_progress");
    assertThat(lines).contains(rows.cycle + ",TURKISTAN,Туркестанская область,TEST,Тест,4,0.8,6,2",
        rows.cycle + ",ALL,Все регионы,RESERVE,Резерв,2,0.667,8,2");

    for (String section : List.of("dropouts", "stage-times", "placement", "competitions")) {
      ResponseEntity<String> file = rest.withBasicAuth("analyst", "analyst").getForEntity(
          "/api/analytics/cycles/" + rows.cycle + "/" + section + ".csv?region=TURKISTAN", String.class);
      assertThat(file.getStatusCode()).as(section).isEqualTo(HttpStatus.OK);
      assertThat(file.getBody().lines().count()).as(section).isGreaterThan(1);
    }
  }

  @Test
  void theCyclesListSaysHowManyApplicationsEachHas() {
    ResponseEntity<Map<String, Object>> response = get("analyst", "/api/analytics/cycles");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> cycles = list(response.getBody(), "cycles");
    assertThat(cycles).contains(Map.of("cycle", rows.cycle, "applications", 8));
    assertThat(list(response.getBody(), "regions")).hasSize(20);
    assertThat(at(response.getBody(), "placementWindows")).isEqualTo(List.of("P6M", "P12M"));
  }

  @Test
  void onlyAnalystsAdministratorsAndObserversReadIt() {
    assertThat(get("operator", "/api/analytics/cycles").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> officer = get("regional", "/api/analytics/cycles/" + rows.cycle);
    assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(officer.getBody().get("message"))
        .isEqualTo("The analytics is for analysts, administrators and the ministry's observers.");
    assertThat(get(null, "/api/analytics/cycles").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aPageWithoutALoginGetsAMessageToShowInsteadOfTheBrowsersDialog() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Accept-Language", "kk");
    headers.set("X-Leaders-Page", "analytics");
    ResponseEntity<Map<String, Object>> response = rest.exchange("/api/analytics/cycles", HttpMethod.GET,
        new HttpEntity<>(headers), JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
    assertThat(response.getBody().get("message")).asString().startsWith("Camunda-ға (Tasklist немесе Cockpit)");
  }

  @Test
  void badRequestsAreRefusedWithWhatIsWrong() {
    assertThat(get("analyst", "/api/analytics/cycles/20x6").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map<String, Object>> region = get("analyst", "/api/analytics/cycles/" + rows.cycle + "?region=MARS");
    assertThat(region.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(region.getBody())).contains("region", "TURKISTAN");
    assertThat(get("analyst", "/api/analytics/cycles/" + rows.cycle + "?regoin=ALMATY").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map<String, Object>> empty = get("analyst", "/api/analytics/cycles/1999");
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(empty.getBody().get("message")).isEqualTo("There are no applications in the cycle 1999.");
    assertThat(get("analyst", "/api/analytics/cycles/" + rows.cycle + "/everything.csv").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anApplicationRunThroughTheProcessRecordsTheStagesItVisits() {
    Map<String, Object> application = TestApplications.eligibleTeacher();
    ProcessInstance instance = selection.register(application);
    selection.checkDocuments(instance, "return", "The copy of the diploma is unreadable");

    List<Map<String, Object>> visits = jdbc.queryForList("""
        SELECT stage, left_at, duration_seconds FROM application_stage_visit WHERE application_number = ? ORDER BY id""",
        instance.getBusinessKey());
    assertThat(visits).extracting(v -> v.get("stage") + (v.get("left_at") == null ? " (now)" : ""))
        .containsExactly("ELIGIBILITY", "DOCUMENT_CHECK", "DOCUMENT_CORRECTION (now)");
    assertThat(visits.get(0).get("duration_seconds")).isNotNull();
  }
}
