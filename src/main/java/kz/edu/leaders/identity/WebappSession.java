package kz.edu.leaders.identity;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * Who is logged in to Cockpit, Tasklist or Admin in this browser session, as the webapps keep it: the app's own pages
 * for officials (analytics, monitoring) read the same login instead of asking for a second one.
 */
public final class WebappSession {

  /** The user of the session with the groups and tenants the webapps loaded at login. */
  public record User(String id, List<String> groupIds, List<String> tenantIds) {}

  private WebappSession() {}

  public static Optional<User> user(HttpSession session) {
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return Optional.empty();
    }
    return authentications.getAuthentications().stream().findFirst()
        .map(user -> new User(user.getIdentityId(), copy(user.getGroupIds()), copy(user.getTenantIds())));
  }

  private static List<String> copy(java.util.Collection<String> ids) {
    return ids == null ? List.of() : List.copyOf(ids);
  }
}
