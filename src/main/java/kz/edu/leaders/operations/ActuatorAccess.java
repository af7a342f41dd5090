package kz.edu.leaders.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.identity.WebappSession;
import kz.edu.leaders.web.ErrorWriter;
import kz.edu.leaders.web.Refusal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who reads Actuator ({@code /actuator/...}; the app has no Spring Security): the health status anyone (a load
 * balancer, a probe), every other endpoint administrators ({@code camunda-admin}) only, logged in by HTTP Basic
 * against the engine's users (as {@code /engine-rest}) or by their Cockpit/Tasklist session. The caller is handed on as
 * the request's principal with the groups as roles: Actuator shows the health details to the roles in
 * {@code management.endpoint.health.roles}.
 */
public class ActuatorAccess extends OncePerRequestFilter {

  private final String basePath;
  private final IdentityService identity;
  private final ErrorWriter errors;

  public ActuatorAccess(String basePath, IdentityService identity, ErrorWriter errors) {
    this.basePath = basePath;
    this.identity = identity;
    this.errors = errors;
  }

  record Caller(String userId, List<String> groupIds) implements Principal {
    @Override
    public String getName() {
      return userId;
    }

    boolean administrator() {
      return groupIds.contains(Groups.ADMINISTRATORS);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean health = path.equals(basePath + "/health") || path.startsWith(basePath + "/health/");
    Optional<Caller> caller;
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      try {
        caller = fromBasic(authorization);
      } catch (RuntimeException usersUnreadable) {
        // The users live in the database: when it is away, the login cannot be checked. The health status needs
        // none (and will say DOWN); everything else waits for the database.
        if (health) {
          chain.doFilter(request, response);
        } else {
          refuse(request, response, Refusal.of(503, "operations.loginUnavailable"));
        }
        return;
      }
      if (caller.isEmpty()) {
        refuse(request, response, Refusal.of(401, "operations.loginRequired"));
        return;
      }
    } else {
      caller = fromSession(request.getSession(false));
    }
    if (!health && caller.isEmpty()) {
      refuse(request, response, Refusal.of(401, "operations.loginRequired"));
      return;
    }
    if (!health && !caller.get().administrator()) {
      refuse(request, response, Refusal.of(403, "operations.administratorsOnly"));
      return;
    }
    chain.doFilter(caller.<HttpServletRequest>map(c -> new AsCaller(request, c)).orElse(request), response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
    if (refusal.status() == 401) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"leaders\", charset=\"UTF-8\"");
    }
    errors.write(response, refusal, Language.of(request));
  }

  /** A wrong user, password or header is no caller at all: a monitor with a wrong password must hear it. */
  private Optional<Caller> fromBasic(String header) {
    if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = decoded.substring(0, colon);
    // The engine counts failed attempts and locks the user after too many, as for Cockpit's login.
    if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
      return Optional.empty();
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return Optional.of(new Caller(userId, groups));
  }

  private static Optional<Caller> fromSession(HttpSession session) {
    return WebappSession.user(session).map(user -> new Caller(user.id(), user.groupIds()));
  }

  private static final class AsCaller extends HttpServletRequestWrapper {
    private final Caller caller;

    AsCaller(HttpServletRequest request, Caller caller) {
      super(request);
      this.caller = caller;
    }

    @Override
    public Principal getUserPrincipal() {
      return caller;
    }

    @Override
    public String getRemoteUser() {
      return caller.userId();
    }

    @Override
    public boolean isUserInRole(String role) {
      return caller.groupIds().contains(role);
    }
  }
}
