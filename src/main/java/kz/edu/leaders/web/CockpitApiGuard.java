package kz.edu.leaders.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import kz.edu.leaders.common.Language;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's plugin API ({@code /camunda/api/cockpit/...}) counts instances and incidents of every process and
 * region, and Camunda answers it for any logged-in user: here it answers only users who may open Cockpit
 * (administrators today). Reads the webapps' login from the session itself, so it does not depend on running
 * after Camunda's own filters.
 */
public class CockpitApiGuard extends OncePerRequestFilter {

  private final ErrorWriter errors;

  public CockpitApiGuard(ErrorWriter errors) {
    this.errors = errors;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    boolean cockpit = authentications != null && authentications.getAuthentications().stream()
        .anyMatch(user -> user.isAuthorizedForApp("cockpit"));
    if (!cockpit) {
      errors.write(response, Refusal.of(403, "request.countsForAdministrators"), Language.of(request));
      return;
    }
    chain.doFilter(request, response);
  }
}
