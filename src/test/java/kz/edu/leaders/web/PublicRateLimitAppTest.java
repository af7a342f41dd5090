package kz.edu.leaders.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.edu.leaders.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The rate limiter in the running app, in the shared test context: the test settings give a path of no endpoint
 * (application-test.yaml, policy test-probe) a limit of 3 an hour, the real policies limits no test reaches.
 */
@AppTest
class PublicRateLimitAppTest {

  @Autowired TestRestTemplate rest;
  @Autowired RateLimitSettings settings;

  ResponseEntity<Map> probe(String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Accept-Language", language);
    return rest.exchange("/public/api/rate-limit-probe/x", HttpMethod.GET, new HttpEntity<>(headers), Map.class);
  }

  @Test
  void overTheLimitA429WithRetryAfterAndTheErrorBodyInTheCallersLanguage() {
    for (int i = 0; i < 3; i++) {
      assertThat(probe("en").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
    ResponseEntity<Map> limited = probe("kk");
    assertThat(limited.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(Long.parseLong(limited.getHeaders().getFirst("Retry-After"))).isBetween(1L, 3600L);
    assertThat(limited.getBody()).containsEntry("code", "request.tooMany").containsEntry("type", "Refusal");
    assertThat((String) limited.getBody().get("message")).startsWith("Сұраныстар тым көп");
    assertThat(limited.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(SecurityHeaders.DATA_POLICY);
  }

  @Test
  void theStatusLookupCertificatesAndForumFeedbackAreCoveredByTheirPolicies() {
    assertThat(settings.getPolicies().get("application-status").getPaths())
        .containsExactly("/public/api/application-status");
    assertThat(settings.getPolicies().get("certificates").getPaths()).containsExactly("/public/api/certificates/**");
    assertThat(settings.getPolicies().get("forum-feedback").getPaths())
        .containsExactly("/public/api/forum-feedback/**");
    // The production defaults, before the test settings raise them.
    assertThat(settings.getPolicies().get("application-status").getPeriod()).hasMinutes(10);
  }
}
