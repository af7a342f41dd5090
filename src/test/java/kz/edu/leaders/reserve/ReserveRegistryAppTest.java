package kz.edu.leaders.reserve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.ErrorFields;
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

/** The reserve registry: who sees which entries, the filters, paging, CSV, revocation and refusals. */
@AppTest
class ReserveRegistryAppTest {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
  static final Instant ENROLLED = Instant.parse("2025-12-20T06:00:00Z");

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistrySettings settings;

  ReserveRows rows;
  int cycle;

  @BeforeEach
  void rows() {
    rows = new ReserveRows(jdbc);
    cycle = rows.freshCycle();
  }

  TestRestTemplate as(String user) {
    return user == null ? rest : rest.withBasicAuth(user, user.equals("admin") ? "admin-test" : user);
  }

  ResponseEntity<Map<String, Object>> get(String user, String path, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Accept-Language", language);
    return as(user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JSON);
  }

  ResponseEntity<Map<String, Object>> get(String user, String path) {
    return get(user, path, "en");
  }

  ResponseEntity<Map<String, Object>> revoke(String user, String number, Object reason) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Accept-Language", "en");
    Map<String, Object> body = reason == null ? Map.of() : Map.of("reason", reason);
    return as(user).exchange("/api/reserve/entries/" + number + "/revoke", HttpMethod.POST,
        new HttpEntity<>(body, headers), JSON);
  }

  @SuppressWarnings("unchecked")
  static List<String> certificates(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return ((List<Map<String, Object>>) response.getBody().get("entries")).stream()
        .map(e -> (String) e.get("certificateNumber")).toList();
  }

  @Test
  void eachRoleSeesTheEntriesOfItsRegionsAndAStrangerNone() {
    var turkistan = rows.entry("TURKISTAN", "DIRECTOR", cycle, "ACTIVE", LocalDate.of(2029, 12, 31), ENROLLED);
    var almaty = rows.entry("ALMATY", "DIRECTOR", cycle, "ACTIVE", LocalDate.of(2029, 12, 31), ENROLLED);
    String all = "/api/reserve/entries?cycle=" + cycle;

    // Officers of Turkistan and of Almaty (city); the CPE's Turkistan branch.
    assertThat(certificates(get("regional", all))).containsExactly(turkistan.certificate());
    assertThat(certificates(get("regional2", all))).containsExactly(almaty.certificate());
    assertThat(certificates(get("cpecoordinator", all))).containsExactly(turkistan.certificate());
    // Another region's entries: none, not an error.
    assertThat(certificates(get("regional", all + "&region=ALMATY"))).isEmpty();
    assertThat(get("regional", all + "&region=ALMATY").getBody().get("total")).isEqualTo(0);
    // The CPE nationally, administrators, observers: every region.
    for (String user : List.of("coordinator", "admin", "observer")) {
      assertThat(certificates(get(user, all))).as(user)
          .containsExactlyInAnyOrder(turkistan.certificate(), almaty.certificate());
    }
    // One entry of another region is as unknown as a number nobody issued.
    assertThat(get("regional", "/api/reserve/entries/" + almaty.certificate()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("regional2", "/api/reserve/entries/" + almaty.certificate()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // No part in the reserve: refused.
    for (String user : List.of("mentor", "operator", "portal", "district")) {
      ResponseEntity<Map<String, Object>> refused = get(user, all);
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(String.valueOf(refused.getBody())).doesNotContain(turkistan.certificate());
    }
    assertThat(get("mentor", "/api/reserve/entries/" + turkistan.certificate()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(all, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anEntryShowsWhatTheRegistryKnowsButNoIin() {
    var entry = rows.entry("TURKISTAN", "DEPUTY_DIRECTOR", cycle, "ACTIVE", LocalDate.of(2029, 12, 31), ENROLLED);

    ResponseEntity<Map<String, Object>> response = get("regional", "/api/reserve/entries?cycle=" + cycle, "ru");

    Map<String, Object> row = ((List<Map<String, Object>>) response.getBody().get("entries")).get(0);
    assertThat(row).containsEntry("certificateNumber", entry.certificate())
        .containsEntry("applicationNumber", entry.application()).containsEntry("surname", "Жұмабекова")
        .containsEntry("cycle", cycle).containsEntry("enrolledOn", "2025-12-20")
        .containsEntry("validUntil", "2029-12-31")
        .containsEntry("status", Map.of("code", "ACTIVE", "label", "В резерве"))
        .containsEntry("level", Map.of("code", "DEPUTY_DIRECTOR", "label", "Заместитель директора"))
        .containsEntry("region", Map.of("code", "TURKISTAN", "label", "Туркестанская область"));
    assertThat(String.valueOf(response.getBody())).doesNotContain(entry.iin(), entry.email());
    // By the application's number too.
    assertThat(get("regional", "/api/reserve/entries/" + entry.application()).getBody().get("entry"))
        .isEqualTo(get("regional", "/api/reserve/entries/" + entry.certificate()).getBody().get("entry"));
  }

  @Test
  void filtersByRegionLevelStatusCycleAndValidity() {
    var director = rows.entry("TURKISTAN", "DIRECTOR", cycle, "ACTIVE", LocalDate.of(2029, 12, 31), ENROLLED);
    var deputy = rows.entry("TURKISTAN", "DEPUTY_DIRECTOR", cycle, "ACTIVE", LocalDate.of(2027, 12, 31), ENROLLED);
    var appointed = rows.entry("JAMBYL", "DIRECTOR", cycle, "APPOINTED", LocalDate.of(2029, 12, 31), ENROLLED);
    var expired = rows.entry("JAMBYL", "DIRECTOR", cycle, "EXPIRED", LocalDate.of(2025, 12, 31),
        Instant.parse("2022-12-20T06:00:00Z"));
    var otherCycle = rows.entry("TURKISTAN", "DIRECTOR", cycle == 2099 ? 2098 : cycle + 1, "ACTIVE",
        LocalDate.of(2029, 12, 31), ENROLLED);
    String base = "/api/reserve/entries?cycle=" + cycle;

    assertThat(certificates(get("coordinator", base)))
        .containsExactlyInAnyOrder(director.certificate(), deputy.certificate(), appointed.certificate(),
            expired.certificate()).doesNotContain(otherCycle.certificate());
    assertThat(certificates(get("coordinator", base + "&region=jambyl")))
        .containsExactlyInAnyOrder(appointed.certificate(), expired.certificate());
    assertThat(certificates(get("coordinator", base + "&level=DEPUTY_DIRECTOR"))).containsExactly(deputy.certificate());
    assertThat(certificates(get("coordinator", base + "&status=APPOINTED"))).containsExactly(appointed.certificate());
    assertThat(certificates(get("coordinator", base + "&status=expired"))).containsExactly(expired.certificate());
    assertThat(certificates(get("coordinator", base + "&status=REVOKED"))).isEmpty();
    // In its term on a day: enrolled by then, not past its last day.
    assertThat(certificates(get("coordinator", base + "&validOn=2028-06-01")))
        .containsExactlyInAnyOrder(director.certificate(), appointed.certificate());
    assertThat(certificates(get("coordinator", base + "&validOn=2024-01-10"))).containsExactly(expired.certificate());
    // Terms ending within a range.
    assertThat(certificates(get("coordinator", base + "&validFrom=2027-01-01&validTo=2027-12-31")))
        .containsExactly(deputy.certificate());
    assertThat(certificates(get("coordinator", base + "&validTo=2026-01-01"))).containsExactly(expired.certificate());
  }

  @Test
  @SuppressWarnings("unchecked")
  void pagesAreNewestFirst() {
    List<String> newestFirst = new java.util.ArrayList<>();
    for (int day = 0; day < 5; day++) {
      newestFirst.add(0, rows.entry("TURKISTAN", "DIRECTOR", cycle, "ACTIVE", LocalDate.of(2029, 12, 31),
          ENROLLED.plusSeconds(86400L * day)).certificate());
    }
    String base = "/api/reserve/entries?cycle=" + cycle + "&size=2";

    ResponseEntity<Map<String, Object>> first = get("regional", base);
    assertThat(first.getBody()).containsEntry("page", 0).containsEntry("size", 2).containsEntry("total", 5);
    assertThat(certificates(first)).containsExactlyElementsOf(newestFirst.subList(0, 2));
    assertThat(certificates(get("regional", base + "&page=1"))).containsExactlyElementsOf(newestFirst.subList(2, 4));
    assertThat(certificates(get("regional", base + "&page=2"))).containsExactly(newestFirst.get(4));
    assertThat(certificates(get("regional", base + "&page=3"))).isEmpty();
    assertThat(certificates(get("regional", "/api/reserve/entries?cycle=" + cycle + "&size=200"))).hasSize(5);
  }

  @Test
  void csvHasAHeaderAndOneRowPerEntryAndARefusalOverTheLimit() {
    var director = rows.entry("TURKISTAN", "DIRECTOR", cycle, "ACTIVE", LocalDate.of(2029, 12, 31), ENROLLED);
    var deputy = rows.entry("TURKISTAN", "DEPUTY_DIRECTOR", cycle, "APPOINTED", LocalDate.of(2029, 12, 31),
        ENROLLED.plusSeconds(60));
    rows.entry("ALMATY", "DIRECTOR", cycle, "ACTIVE", LocalDate.of(2029, 12, 31), ENROLLED);
    String path = "/api/reserve/entries?format=csv&cycle=" + cycle;

    ResponseEntity<String> csv = as("regional").getForEntity(path, String.class);

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    List<String> lines = csv.getBody().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("\uFEFFcertificate_number,application_number,surname,first_name,region,level,"
        + "cycle,enrolled_on,valid_until,status,composite_score");
    assertThat(lines.get(1)).isEqualTo(deputy.certificate() + "," + deputy.application()
        + ",Жұмабекова,Гүлнар,TURKISTAN,DEPUTY_DIRECTOR," + cycle + ",2025-12-20,2029-12-31,APPOINTED,81.50");
    assertThat(lines.get(2)).startsWith(director.certificate() + ",");
    assertThat(csv.getBody()).doesNotContain(director.iin());

    int limit = settings.getExportLimit();
    settings.setExportLimit(1);
    try {
      ResponseEntity<Map<String, Object>> refused = get("regional", path);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).containsEntry("code", "reserve.registry.exportTooLarge");
      assertThat((String) refused.getBody().get("message")).contains("2 entries", "narrow the filter");
      // A narrower filter is exported.
      assertThat(as("regional").getForEntity(path + "&level=DIRECTOR", String.class).getStatusCode())
          .isEqualTo(HttpStatus.OK);
    } finally {
      settings.setExportLimit(limit);
    }
  }

  @Test
  void badFiltersAreRefusedInTheCallersLanguage() {
    String base = "/api/reserve/entries?";
    Map<String, String> refused = Map.of(
        "region=ATLANTIS", "region",
        "level=JANITOR", "level",
        "status=SUSPENDED", "status",
        "validFrom=2027-01-01&validTo=2026-01-01", "validTo",
        "validOn=31.12.2026", "validOn",
        "size=201", "size",
        "size=0", "size",
        "page=-1", "page",
        "cycle=twenty", "cycle",
        "format=xlsx", "format");
    refused.forEach((query, field) -> {
      ResponseEntity<Map<String, Object>> response = get("coordinator", base + query);
      assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).as(query).containsEntry("code", "reserve.registry.badFilter");
      assertThat(ErrorFields.of(response.getBody())).as(query).hasSize(1).allMatch(line -> line.startsWith(field + ":"));
    });
    assertThat(ErrorFields.of(get("coordinator", base + "region=ATLANTIS", "ru").getBody()).get(0))
        .contains("ATLANTIS", "TURKISTAN");
    assertThat(get("coordinator", base + "validFrom=2027-01-01&validTo=2026-01-01", "kk").getBody().get("message"))
        .asString().contains("Сүзгі қабылданбады", "2027-01-01");
    assertThat(get("coordinator", base + "status=SUSPENDED", "ru").getBody().get("message")).asString()
        .contains("Фильтр не принят");
    // A regional officer's bad filter is refused the same way, before anything is read.
    assertThat(get("regional", base + "region=ATLANTIS").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCpeRevokesOnceWithAReasonAndObserversAndOfficersCannot() {
    var entry = rows.entry("TURKISTAN", "DIRECTOR", cycle, "ACTIVE", LocalDate.of(2029, 12, 31), ENROLLED);

    for (String user : List.of("observer", "regional", "cpecoordinator", "mentor")) {
      assertThat(revoke(user, entry.certificate(), "False documents found").getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(revoke("coordinator", entry.certificate(), null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(revoke("coordinator", entry.certificate(), "  x ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(revoke("coordinator", entry.certificate(), "x".repeat(501)).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(revoke("coordinator", entry.certificate(), 42).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(revoke("coordinator", "RR-2026-" + ReserveRows.letters(10), "False documents").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(jdbc.queryForObject("SELECT status FROM reserve_entry WHERE certificate_number = ?", String.class,
        entry.certificate())).isEqualTo("ACTIVE");

    ResponseEntity<Map<String, Object>> revoked = revoke("coordinator", entry.certificate(),
        "Documents found to be false");

    assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Map<String, Object>) revoked.getBody().get("entry")).containsEntry("status",
        Map.of("code", "REVOKED", "label", "Revoked"));
    List<Map<String, Object>> history = (List<Map<String, Object>>) revoked.getBody().get("history");
    assertThat(history).extracting(e -> e.get("event")).containsExactly("ENROLLED", "REVOKED");
    assertThat(history.get(1)).containsEntry("by", "coordinator").containsEntry("reason", "Documents found to be false")
        .containsKey("at");
    ResponseEntity<Map<String, Object>> again = revoke("admin", entry.certificate(), "Documents found to be false");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).containsEntry("code", "reserve.revoke.notInReserve");
    assertThat(certificates(get("regional", "/api/reserve/entries?status=REVOKED&cycle=" + cycle)))
        .containsExactly(entry.certificate());

    // The public verification says so, in every language.
    Map<?, ?> verified = rest.getForObject("/public/api/certificates/" + entry.certificate(), Map.class);
    assertThat(((Map<?, ?>) verified.get("status")).get("code")).isEqualTo("REVOKED");
    // Not in the reserve any more: not offered a post.
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reserve_entry WHERE certificate_number = ? AND status = 'ACTIVE'",
        Integer.class, entry.certificate())).isZero();
  }

  @Test
  void anAppointedEntryCannotBeRevoked() {
    var entry = rows.entry("TURKISTAN", "DIRECTOR", cycle, "APPOINTED", LocalDate.of(2029, 12, 31), ENROLLED);

    ResponseEntity<Map<String, Object>> response = revoke("admin", entry.certificate(), "Documents found to be false");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) response.getBody().get("message")).contains(entry.certificate(), "Appointed");
  }
}
