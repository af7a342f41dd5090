package kz.edu.leaders.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import kz.edu.leaders.reserve.ReserveRepository;
import kz.edu.leaders.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Public verification of reserve and course certificates, without login. */
@AppTest
class CertificateVerificationAppTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReserveRepository reserve;
  @Autowired com.fasterxml.jackson.databind.ObjectMapper json;

  ResponseEntity<String> verify(String number, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Accept-Language", language);
    return rest.exchange("/public/api/certificates/" + number, HttpMethod.GET, new HttpEntity<>(headers),
        String.class);
  }

  Map<?, ?> body(ResponseEntity<String> response) throws Exception {
    return json.readValue(response.getBody(), Map.class);
  }

  static Object code(Map<?, ?> body, String key) {
    return ((Map<?, ?>) body.get(key)).get("code");
  }

  @Test
  void anActiveEntryInItsTermIsValidAndShowsWhatItCertifiesButNoIin() throws Exception {
    var entry = new CertificateRows(jdbc).reserve("ACTIVE", LocalDate.of(2028, 12, 31),
        Instant.parse("2025-12-20T06:00:00Z"));

    ResponseEntity<String> response = verify(entry.number(), "en");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<?, ?> body = body(response);
    assertThat(body.get("certificateNumber")).isEqualTo(entry.number());
    assertThat(code(body, "kind")).isEqualTo("RESERVE");
    assertThat(body.get("status")).isEqualTo(Map.of("code", "VALID", "label", "Valid"));
    assertThat(body.get("holder")).isEqualTo("Жұмабекова Гүлнар");
    assertThat(code(body, "level")).isEqualTo("DIRECTOR");
    assertThat(body.get("certifies")).isEqualTo("Member of the reserve for the post of School director, Turkistan Region");
    assertThat(body.get("issuedOn")).isEqualTo("2025-12-20");
    assertThat(body.get("validUntil")).isEqualTo("2028-12-31");
    assertThat(response.getBody()).doesNotContain(entry.iin(), "81.5", "iin");
  }

  @Test
  void anEntryPastItsTermIsExpiredAndAnAppointedHoldersSaysSo() throws Exception {
    CertificateRows rows = new CertificateRows(jdbc);
    var expired = rows.reserve("ACTIVE", LocalDate.now().minusDays(1), Instant.parse("2022-12-20T06:00:00Z"));
    var appointed = rows.reserve("ACTIVE", LocalDate.now().plusYears(1), Instant.parse("2024-12-20T06:00:00Z"));
    reserve.markAppointed(appointed.number());

    Map<?, ?> expiredBody = body(verify(expired.number(), "ru"));
    assertThat(expiredBody.get("status")).isEqualTo(Map.of("code", "EXPIRED", "label", "Срок истёк"));
    Map<?, ?> appointedBody = body(verify(appointed.number(), "kk"));
    assertThat(appointedBody.get("status"))
        .isEqualTo(Map.of("code", "APPOINTED", "label", "Иесі резервтен лауазымға тағайындалды"));
    assertThat(appointedBody.get("certifies")).isEqualTo("«Мектеп директоры» лауазымына резервте, Түркістан облысы");
  }

  @Test
  void aRevokedEntryIsRevokedInEveryLanguageEvenWithinItsTerm() throws Exception {
    var revoked = new CertificateRows(jdbc).reserve("REVOKED", LocalDate.now().plusYears(2),
        Instant.parse("2025-12-20T06:00:00Z"));

    assertThat(body(verify(revoked.number(), "en")).get("status"))
        .isEqualTo(Map.of("code", "REVOKED", "label", "Revoked: the holder is no longer in the reserve"));
    assertThat(body(verify(revoked.number(), "ru")).get("status"))
        .isEqualTo(Map.of("code", "REVOKED", "label", "Отозвано: владелец больше не в резерве"));
    assertThat(body(verify(revoked.number(), "kk")).get("status"))
        .isEqualTo(Map.of("code", "REVOKED", "label", "Кері қайтарылған: иесі енді резервте емес"));
    // Expired by the ReserveTerm timer: expired, as one past its term.
    var expired = new CertificateRows(jdbc).reserve("EXPIRED", LocalDate.now().minusDays(1),
        Instant.parse("2022-12-20T06:00:00Z"));
    assertThat(code(body(verify(expired.number(), "en")), "status")).isEqualTo("EXPIRED");
  }

  @Test
  void aCourseCertificateShowsTheCourseAndItsHours() throws Exception {
    var certificate = new CertificateRows(jdbc).course("School management: aspects and methods", 72,
        Instant.parse("2026-03-13T09:00:00Z"));

    // Typed in lower case, as people do.
    ResponseEntity<String> response = verify(certificate.number().toLowerCase(), "en");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<?, ?> body = body(response);
    assertThat(body.get("certificateNumber")).isEqualTo(certificate.number());
    assertThat(code(body, "kind")).isEqualTo("COURSE");
    assertThat(code(body, "status")).isEqualTo("VALID");
    assertThat(body.get("holder")).isEqualTo("Сейтқали Нұрлан Ерболұлы");
    assertThat(body.get("course")).isEqualTo("School management: aspects and methods");
    assertThat(body.get("hours")).isEqualTo(72);
    assertThat(body.get("certifies")).isEqualTo("Completed the course \"School management: aspects and methods\", 72 hours");
    assertThat(body.get("issuedOn")).isEqualTo("2026-03-13");
    assertThat(body.containsKey("validUntil")).isFalse();
    assertThat(response.getBody()).doesNotContain(certificate.iin());
  }

  @Test
  void anUnknownNumberIsAPlain404AndAMalformedOneA400() throws Exception {
    ResponseEntity<String> unknown = verify("RR-2026-" + CertificateRows.letters(10), "en");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(body(unknown).get("message")).isEqualTo("No certificate has this number.");
    assertThat(verify("TC-" + CertificateRows.letters(4) + "-" + CertificateRows.letters(4) + "-"
        + CertificateRows.letters(4), "en").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    for (String malformed : new String[] {"RR-2026-0000000000", "12345", "RR-2026-ABC", "TC-IIII-OOOO-1111"}) {
      ResponseEntity<String> response = verify(malformed, "en");
      assertThat(response.getStatusCode()).as(malformed).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(body(response).get("code")).isEqualTo("certificate.malformed");
    }
  }

  @Test
  void noLoginIsNeeded() {
    assertThat(rest.getForEntity("/public/api/certificates/RR-2026-AAAAAAAAAA", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(new String(rest.getForEntity("/certificates/", byte[].class).getBody(), StandardCharsets.UTF_8))
        .contains("<script type=\"module\" src=\"/certificates/certificates.js\"></script>");
  }
}
