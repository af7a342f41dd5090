package kz.edu.leaders.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import kz.edu.leaders.common.Language;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** {@link ValueQueries} in the engine's REST API, {@code /engine-rest} and the webapps' {@code /camunda/api/engine}. */
@Component
@jakarta.annotation.Priority(Priorities.AUTHORIZATION + 5)
public class ValueQueryGuard implements ContainerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final IdentityService identity;

  public ValueQueryGuard(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || !ValueQueries.appliesTo(user.getGroupIds())) {
      return;
    }
    byte[] body = new byte[0];
    if (request.hasEntity()) {
      body = request.getEntityStream().readAllBytes();
      request.setEntityStream(new ByteArrayInputStream(body));
    }
    var query = request.getUriInfo().getQueryParameters();
    if (ValueQueries.byValue(query.keySet(), query, body)) {
      Cookie chosen = request.getCookies().get(Language.COOKIE);
      Language language = Language.of(chosen == null ? null : chosen.getValue(), request.getAcceptableLanguages());
      request.abortWith(Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(JSON.writeValueAsString(Refusal.of(403, "request.noQueriesByValue").body(language,
              FieldLabels.NONE)))
          .build());
    }
  }
}
