package kz.edu.leaders.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicRateLimitTest {

  final ObjectMapper json = new ObjectMapper();

  PublicRateLimit limit(int perClient, int global) {
    RateLimitSettings settings = new RateLimitSettings();
    RateLimitSettings.Policy status = new RateLimitSettings.Policy();
    status.setPaths(List.of("/public/api/application-status"));
    status.setPerClient(perClient);
    status.setGlobal(global);
    status.setPeriod(Duration.ofMinutes(10));
    RateLimitSettings.Policy feedback = new RateLimitSettings.Policy();
    feedback.setPaths(List.of("/public/api/forum-feedback/**"));
    feedback.setPerClient(1);
    feedback.setGlobal(100);
    settings.setPolicies(Map.of("status", status, "feedback", feedback));
    return new PublicRateLimit(settings, new ErrorWriter(json));
  }

  MockHttpServletResponse call(PublicRateLimit filter, String path, String client, String language) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setRemoteAddr(client);
    if (language != null) {
      request.addHeader("Accept-Language", language);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }

  @Test
  void aClientOverItsLimitGets429WithRetryAfterAndTheMessageInItsLanguage() throws Exception {
    PublicRateLimit filter = limit(2, 100);
    assertThat(call(filter, "/public/api/application-status", "10.0.0.1", null).getStatus()).isEqualTo(200);
    assertThat(call(filter, "/public/api/application-status", "10.0.0.1", null).getStatus()).isEqualTo(200);

    MockHttpServletResponse refused = call(filter, "/public/api/application-status", "10.0.0.1", "ru");

    assertThat(refused.getStatus()).isEqualTo(429);
    long retryAfter = Long.parseLong(refused.getHeader("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 600L);
    Map<?, ?> body = json.readValue(refused.getContentAsByteArray(), Map.class);
    assertThat(body.get("code")).isEqualTo("request.tooMany");
    assertThat(body.get("message")).isEqualTo("Слишком много запросов; повторите через " + retryAfter + " с.");
    assertThat(body.get("type")).isEqualTo("Refusal");
    // Another address still gets through.
    assertThat(call(filter, "/public/api/application-status", "10.0.0.2", null).getStatus()).isEqualTo(200);
  }

  @Test
  void allClientsTogetherAreHeldToTheGlobalLimit() throws Exception {
    PublicRateLimit filter = limit(5, 3);
    for (int i = 1; i <= 3; i++) {
      assertThat(call(filter, "/public/api/application-status", "10.0.1." + i, null).getStatus()).isEqualTo(200);
    }
    MockHttpServletResponse refused = call(filter, "/public/api/application-status", "10.0.1.9", "kk");
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("Сұраныстар тым көп");
  }

  @Test
  void eachPolicyCountsItsOwnPathsAndOtherPathsAreNotLimited() throws Exception {
    PublicRateLimit filter = limit(1, 100);
    assertThat(call(filter, "/public/api/forum-feedback/abc", "10.0.2.1", null).getStatus()).isEqualTo(200);
    assertThat(call(filter, "/public/api/forum-feedback/def", "10.0.2.1", null).getStatus()).isEqualTo(429);
    assertThat(call(filter, "/public/api/application-status", "10.0.2.1", null).getStatus()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      assertThat(call(filter, "/public/api/competitions", "10.0.2.1", null).getStatus()).isEqualTo(200);
    }
  }

  @Test
  void aForgottenClientStartsAfreshButTheMapStaysBounded() throws Exception {
    RateLimitSettings settings = new RateLimitSettings();
    RateLimitSettings.Policy status = new RateLimitSettings.Policy();
    status.setPaths(List.of("/public/api/application-status"));
    status.setPerClient(1);
    status.setGlobal(1000);
    settings.setPolicies(Map.of("status", status));
    settings.setMaxClients(2);
    PublicRateLimit filter = new PublicRateLimit(settings, new ErrorWriter(json));
    assertThat(call(filter, "/public/api/application-status", "10.0.3.1", null).getStatus()).isEqualTo(200);
    assertThat(call(filter, "/public/api/application-status", "10.0.3.1", null).getStatus()).isEqualTo(429);
    call(filter, "/public/api/application-status", "10.0.3.2", null);
    call(filter, "/public/api/application-status", "10.0.3.3", null);
    // 10.0.3.1 was the least recently seen of three with room for two.
    assertThat(call(filter, "/public/api/application-status", "10.0.3.1", null).getStatus()).isEqualTo(200);
  }
}
