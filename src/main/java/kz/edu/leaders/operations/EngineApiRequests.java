package kz.edu.leaders.operations;

import io.micrometer.common.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * {@code http.server.requests} times every request (Spring Boot's observation filter sits in front of all servlets),
 * but tags only Spring MVC's with their path pattern: the engine's APIs, Tasklist's and Cockpit's
 * {@code /camunda/api/...} and {@code /engine-rest/...} (Jersey servlets), would all be {@code uri="UNKNOWN"}. Here
 * they are tagged with their path, ids replaced by {@code {id}}: {@code /camunda/api/engine/engine/{name}/task/{id}/form-variables}.
 */
public class EngineApiRequests extends DefaultServerRequestObservationConvention {

  /** Segments after which the next one names something (a user, an engine, a variable), not a resource. */
  private static final Set<String> NAMING = Set.of("engine", "user", "group", "tenant", "key", "variables",
      "localVariables", "tenant-id");
  /** Actions on a whole collection, after a segment of NAMING. */
  private static final Set<String> COLLECTION_ACTIONS = Set.of("count", "create");
  /** A resource or an action of Camunda's REST API: lower-case words, hyphenated or camel-cased, no digits. */
  private static final Pattern WORD = Pattern.compile("[a-z]+(?:[-A-Z][a-z]+)*");

  private final String applicationPath;
  private final int segments;

  public EngineApiRequests(String name, String applicationPath, int segments) {
    super(name);
    this.applicationPath = applicationPath;
    this.segments = segments;
  }

  @Override
  protected KeyValue uri(ServerRequestObservationContext context) {
    if (context.getPathPattern() == null && context.getCarrier() != null) {
      String path = context.getCarrier().getRequestURI().substring(context.getCarrier().getContextPath().length());
      String template = template(path, applicationPath, segments);
      if (template != null) {
        return KeyValue.of("uri", template);
      }
    }
    return super.uri(context);
  }

  /** The path with its ids replaced, cut after {@code segments} segments; null for a path of no engine API. */
  static String template(String path, String applicationPath, int segments) {
    String prefix;
    String previous;
    if (path.startsWith(applicationPath + "/api/")) {
      // The webapps' APIs begin with the app (engine, cockpit, admin, tasklist), which names nothing after it.
      prefix = applicationPath + "/api";
      previous = "app";
    } else if (path.startsWith("/engine-rest/")) {
      prefix = "/engine-rest";
      previous = null;
    } else {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String part : path.substring(prefix.length() + 1).split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (kept.size() == segments) {
        kept.add("**");
        break;
      }
      boolean word = WORD.matcher(part).matches() && part.length() <= 40
          && (previous == null || !NAMING.contains(previous) || COLLECTION_ACTIONS.contains(part));
      kept.add(word ? part : "engine".equals(previous) ? "{name}" : "{id}");
      previous = "app".equals(previous) ? "" : word ? part : "{id}";
    }
    return prefix + (kept.isEmpty() ? "" : "/" + String.join("/", kept));
  }
}
