package kz.edu.leaders.engine;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;

/**
 * Makes form-js dynamic lists usable in Tasklist 7.24. form-js 1.8 reports a field of a dynamic list that
 * has no error as an empty error list ({@code {"Field_iin": []}}), and Tasklist counts the entries, not the
 * errors: once a user types into a list, its Complete button stays disabled. The Tasklist script is served
 * with that one check corrected to "any field with an error"; everything else is the webjar's own file.
 * If a Camunda upgrade changes the script, it is served unchanged and a warning says so;
 * {@code TasklistDynamicListFixStillAppliesTest} fails then. On an upgrade, check in Tasklist whether a form with a
 * dynamic list can be completed without this, and drop it if so.
 */
@Configuration
public class TasklistDynamicListFix {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistDynamicListFix.class);
  static final String SCRIPT = "META-INF/resources/webjars/camunda/app/tasklist/camunda-tasklist-bootstrap.js";
  static final String COUNTS_ENTRIES = "var t=!!Object.keys(e.errors).length;";
  static final String COUNTS_ERRORS = "var t=Object.values(e.errors).some(function(x){return x&&x.length>0});";

  @Bean
  FilterRegistrationBean<Filter> tasklistDynamicListFixFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) throws IOException {
    byte[] script = patchedScript();
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new PatchedScriptFilter(script));
    registration.setName("tasklist-dynamic-list-fix");
    registration.addUrlPatterns(applicationPath + "/app/tasklist/camunda-tasklist-bootstrap.js");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static byte[] patchedScript() throws IOException {
    String original;
    try (InputStream in = new ClassPathResource(SCRIPT).getInputStream()) {
      original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!original.contains(COUNTS_ENTRIES)) {
      LOG.warn("Tasklist script changed: dynamic-list forms may keep Complete disabled; check {}", SCRIPT);
      return original.getBytes(StandardCharsets.UTF_8);
    }
    return original.replace(COUNTS_ENTRIES, COUNTS_ERRORS).getBytes(StandardCharsets.UTF_8);
  }

  private record PatchedScriptFilter(byte[] script) implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setContentType("application/javascript;charset=UTF-8");
      http.setHeader("Cache-Control", "no-cache");
      http.setContentLength(script.length);
      http.getOutputStream().write(script);
    }
  }
}
