package kz.edu.leaders.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kz.edu.leaders.web.ErrorWriter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** While the database is away the users cannot be read: the health status still answers, the metrics a 503. */
class ActuatorAccessTest {

  final IdentityService identity = mock(IdentityService.class);
  final ActuatorAccess access = new ActuatorAccess("/actuator", identity, new ErrorWriter(new ObjectMapper()));

  MockHttpServletResponse get(String path, MockFilterChain chain) throws Exception {
    when(identity.checkPassword(anyString(), anyString()))
        .thenThrow(new ProcessEngineException("Could not open JDBC Connection"));
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.addHeader("Authorization", "Basic "
        + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8)));
    request.addHeader("Accept-Language", "ru");
    MockHttpServletResponse response = new MockHttpServletResponse();
    access.doFilter(request, response, chain);
    return response;
  }

  @Test
  void theHealthStatusNeedsNoLoginWhenTheLoginCannotBeChecked() throws Exception {
    MockFilterChain chain = new MockFilterChain();

    MockHttpServletResponse response = get("/actuator/health", chain);

    assertThat(chain.getRequest()).as("passed on to the health endpoint").isNotNull();
    assertThat(response.getStatus()).isEqualTo(200);
  }

  @Test
  void theMetricsWaitForTheDatabaseWithA503() throws Exception {
    MockFilterChain chain = new MockFilterChain();

    MockHttpServletResponse response = get("/actuator/prometheus", chain);

    assertThat(chain.getRequest()).isNull();
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("база данных не отвечает");
  }
}
