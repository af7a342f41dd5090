package kz.edu.leaders.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.web.ErrorWriter;
import kz.edu.leaders.web.Refusal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * The login of the app's API ({@code /api/*}): HTTP Basic against the engine's users, as for {@code /engine-rest}; and,
 * for the reading requests of the officials' pages ({@code GET /api/analytics/...}), the Cockpit or Tasklist session of
 * the browser, so an analyst logged in there opens the analytics without a second login. A page says it is one with the
 * header {@value #PAGE_HEADER}: without a login it then gets a 401 in JSON to show, not the browser's Basic dialog.
 * Writing requests never count a session (no CSRF token travels with them).
 */
public class ApiAuthentication extends ProcessEngineAuthenticationFilter {

  public static final String PAGE_HEADER = "X-Leaders-Page";
  static final String SESSION_READS = "/api/analytics/";

  private final IdentityService identity;
  private final ErrorWriter errors;

  public ApiAuthentication(IdentityService identity, ErrorWriter errors) {
    this.identity = identity;
    this.errors = errors;
  }

  @Override
  public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    if (request.getHeader("Authorization") != null || !readsWithSession(request)) {
      super.doFilter(request, response, chain);
      return;
    }
    Optional<WebappSession.User> user = WebappSession.user(request.getSession(false));
    if (user.isEmpty()) {
      if (request.getHeader(PAGE_HEADER) != null) {
        errors.write(response, Refusal.of(401, "analytics.logIn"), Language.of(request));
      } else {
        super.doFilter(request, response, chain);
      }
      return;
    }
    identity.setAuthentication(user.get().id(), user.get().groupIds(), user.get().tenantIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static boolean readsWithSession(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "GET".equals(request.getMethod()) && path.startsWith(SESSION_READS);
  }
}
