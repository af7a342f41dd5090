package kz.edu.leaders.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.edu.leaders.common.Language;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's plugin API ({@code /camunda/api/cockpit/...}) counts instances and incidents of every process and
 * region, and Camunda answers it for any logged-in user: here it answers only users who may open Cockpit
 * (administrators and analysts), and an analyst's query by variable values not at all ({@link ValueQueries}). Reads
 * the webapps' login from the session itself, so it does not depend on running after Camunda's own filters.
 */
public class CockpitApiGuard extends OncePerRequestFilter {

  private static final Pattern STATIC = Pattern.compile("/api/cockpit/plugin/[^/]+/static/[^?]*$");
  private final ErrorWriter errors;

  public CockpitApiGuard(ErrorWriter errors) {
    this.errors = errors;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // The plugins' scripts and styles: Cockpit's login page needs them before anyone is logged in.
    String uri = request.getRequestURI();
    boolean plain = !uri.contains("..") && !uri.contains(";") && !uri.contains("%");
    if (plain && STATIC.matcher(uri).find() && "GET".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    boolean cockpit = authentications != null && authentications.getAuthentications().stream()
        .anyMatch(user -> user.isAuthorizedForApp("cockpit"));
    if (!cockpit) {
      errors.write(response, Refusal.of(403, "request.countsForAdministrators"), Language.of(request));
      return;
    }
    boolean heldToValues = authentications.getAuthentications().stream()
        .anyMatch(user -> ValueQueries.appliesTo(user.getGroupIds()));
    if (heldToValues) {
      byte[] body = request.getInputStream().readAllBytes();
      if (ValueQueries.byValue(request.getParameterMap().keySet(), parameters(request), body)) {
        errors.write(response, Refusal.of(403, "request.noQueriesByValue"), Language.of(request));
        return;
      }
      request = new ReadAgain(request, body);
    }
    chain.doFilter(request, response);
  }

  private static Map<String, List<String>> parameters(HttpServletRequest request) {
    Map<String, List<String>> parameters = new HashMap<>();
    request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
    return parameters;
  }

  /** The request with its body, read once here, to be read again by Cockpit. */
  private static final class ReadAgain extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadAgain(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is read already");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
