package kz.edu.leaders.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.web.FieldLabels;
import kz.edu.leaders.web.HttpLimits;
import kz.edu.leaders.web.Refusal;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The one gate through which people write process variables: every request of the engine REST API, both as
 * {@code /engine-rest} and as Tasklist's {@code /camunda/api/engine}, passes it before the engine sees it.
 *
 * <ul>
 *   <li>Completing or submitting a task ({@code complete}, {@code submit-form}, {@code resolve}) and starting a
 *       process ({@code start}, {@code submit-form}) may carry only what the task's or start event's deployed form
 *       lets a person write ({@link SubmissionCheck}); anything else is refused with 400 naming it.</li>
 *   <li>Every other way to write variables (task, execution and instance variables, message correlation and
 *       signals with variables, BPMN errors and escalations with variables, conditions, modifications, external and
 *       case tasks) is refused with 403 to everybody but administrators, whose changes Cockpit makes and the
 *       engine's user operation log keeps.</li>
 *   <li>Counts (process-definition statistics, metrics, history reports) are for administrators and those with
 *       Cockpit access: they tell how many instances run, in every region.</li>
 *   <li>A task that is gone answers 404, and deleting a task of a running process 409, to everybody: the engine
 *       would answer both with 500.</li>
 * </ul>
 */
@Component
@jakarta.annotation.Priority(Priorities.AUTHORIZATION + 10)
public class SubmissionGuard implements ContainerRequestFilter {

  /** The request property (a servlet request attribute) holding the form a refusal's labels come from. */
  public static final String FORM = SubmissionGuard.class.getName() + ".form";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TASK_ACTIONS = Set.of("complete", "submit-form", "resolve");
  private static final Set<String> START_ACTIONS = Set.of("start", "submit-form");
  private static final Set<String> TASK_BODY = Set.of("variables", "withVariablesInReturn");
  private static final Set<String> START_BODY = Set.of("variables", "businessKey", "withVariablesInReturn");
  /** Options of a process start that skip the process's own listeners or start elsewhere: for administrators. */
  private static final Set<String> START_ADMIN_OPTIONS = Set.of("startInstructions", "skipCustomListeners",
      "skipIoMappings", "caseInstanceId");
  private static final Set<String> VARIABLE_RESOURCES = Set.of("variables", "localVariables");
  private static final Set<String> COUNTS = Set.of("statistics", "report", "cleanable-process-instance-report",
      "cleanable-decision-instance-report", "cleanable-batch-report", "duration");
  private static final List<String> MESSAGE_VARIABLES = List.of("processVariables", "processVariablesLocal",
      "processVariablesToTriggeredScope");

  private final ProcessEngine engine;
  private final DeployedForms forms;
  private final HttpLimits limits;

  public SubmissionGuard(ProcessEngine engine, DeployedForms forms, HttpLimits limits) {
    this.engine = engine;
    this.forms = forms;
    this.limits = limits;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    try {
      check(request);
    } catch (Refusal refusal) {
      Object form = request.getProperty(FORM);
      FieldLabels labels = form instanceof FormSchema schema ? schema::labelOf : FieldLabels.NONE;
      request.abortWith(Response.status(refusal.status()).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(JSON.writeValueAsString(refusal.body(language(request), labels)))
          .build());
    }
  }

  private static Language language(ContainerRequestContext request) {
    Cookie chosen = request.getCookies().get(Language.COOKIE);
    return Language.of(chosen == null ? null : chosen.getValue(), request.getAcceptableLanguages());
  }

  private void check(ContainerRequestContext request) throws IOException {
    List<String> path = segments(request.getUriInfo().getPath());
    String method = request.getMethod();
    if (path.isEmpty() || method.equals("GET") && !counts(path) || method.equals("OPTIONS") || method.equals("HEAD")) {
      return;
    }
    Authentication user = engine.getIdentityService().getCurrentAuthentication();
    boolean admin = isAdmin(user);
    String resource = path.get(0);

    if (method.equals("GET")) {
      if (!admin && !mayReadCounts(user)) {
        throw Refusal.of(403, "request.countsForAdministrators");
      }
      return;
    }
    if (resource.equals("task") && path.size() >= 2 && !Set.of("create", "count", "report").contains(path.get(1))) {
      task(request, path, method, user, admin);
      return;
    }
    if (resource.equals("process-definition") && START_ACTIONS.contains(last(path)) && method.equals("POST")) {
      if (!admin) {
        start(request, path, user);
      }
      return;
    }
    if (!admin && writesVariables(request, path, method)) {
      throw Refusal.of(403, "submission.variablesOnlyThroughForms");
    }
  }

  private void task(ContainerRequestContext request, List<String> path, String method, Authentication user,
                    boolean admin) throws IOException {
    String taskId = path.get(1);
    Task task = withoutAuthentication(() -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      throw Refusal.of(404, "task.notFound");
    }
    if (path.size() == 2) {
      if (method.equals("DELETE") && task.getExecutionId() != null) {
        throw Refusal.of(409, "task.partOfProcess");
      }
      return;
    }
    String action = path.get(2);
    if (admin) {
      return;
    }
    if (VARIABLE_RESOURCES.contains(action)
        || (Set.of("bpmnError", "bpmnEscalation").contains(action) && hasVariables(body(request), "variables"))) {
      throw Refusal.of(403, "submission.variablesOnlyThroughForms");
    }
    if (!TASK_ACTIONS.contains(action) || !method.equals("POST") || path.size() != 3) {
      return;
    }
    if (engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
      throw Refusal.of(403, "task.notYours");
    }
    JsonNode body = body(request);
    Map<String, JsonNode> variables = variables(body, TASK_BODY, Set.of());
    FormSchema form = withoutAuthentication(() -> forms.ofTask(task));
    request.setProperty(FORM, form);
    Map<String, Object> shown = withoutAuthentication(() -> engine.getTaskService().getVariables(taskId));
    refuseIfAny(SubmissionCheck.check(form, shown, variables));
  }

  private void start(ContainerRequestContext request, List<String> path, Authentication user) throws IOException {
    ProcessDefinition definition = withoutAuthentication(() -> definition(path));
    if (definition == null) {
      return;
    }
    Map<String, JsonNode> variables = variables(body(request), START_BODY, START_ADMIN_OPTIONS);
    FormSchema form = withoutAuthentication(() -> forms.ofStart(definition.getId()));
    request.setProperty(FORM, form);
    refuseIfAny(SubmissionCheck.check(form, Map.of(), variables));
  }

  /** process-definition/{id}/start, .../key/{key}/start and .../key/{key}/tenant-id/{tenant}/start. */
  private ProcessDefinition definition(List<String> path) {
    ProcessDefinitionQuery query = engine.getRepositoryService().createProcessDefinitionQuery();
    if (path.size() == 3) {
      return query.processDefinitionId(path.get(1)).singleResult();
    }
    if (path.size() == 4 && path.get(1).equals("key")) {
      return query.processDefinitionKey(path.get(2)).withoutTenantId().latestVersion().singleResult();
    }
    if (path.size() == 6 && path.get(1).equals("key") && path.get(3).equals("tenant-id")) {
      return query.processDefinitionKey(path.get(2)).tenantIdIn(path.get(4)).latestVersion().singleResult();
    }
    return null;
  }

  private boolean writesVariables(ContainerRequestContext request, List<String> path, String method)
      throws IOException {
    String resource = path.get(0);
    String action = path.size() > 2 ? path.get(2) : "";
    return switch (resource) {
      case "process-instance" -> VARIABLE_RESOURCES.contains(action) || action.startsWith("modification")
          || (path.size() > 1 && path.get(1).equals("variables-async"));
      case "execution" -> VARIABLE_RESOURCES.contains(action) || action.equals("signal")
          || action.equals("messageSubscriptions");
      case "message" -> hasVariables(body(request), MESSAGE_VARIABLES.toArray(String[]::new));
      case "signal" -> hasVariables(body(request), "variables");
      case "condition", "external-task", "case-instance", "case-execution", "case-definition", "modification",
           "migration" -> true;
      case "process-definition" -> action.startsWith("restart") || path.contains("restart")
          || path.contains("restart-async");
      default -> false;
    };
  }

  private boolean counts(List<String> path) {
    return path.get(0).equals("metrics") || path.stream().anyMatch(COUNTS::contains);
  }

  private boolean mayReadCounts(Authentication user) {
    if (user == null) {
      return false;
    }
    AuthorizationService authorizations = engine.getAuthorizationService();
    return withoutAuthentication(() -> authorizations.isUserAuthorized(user.getUserId(), user.getGroupIds(),
        Permissions.ACCESS, Resources.APPLICATION, "cockpit"));
  }

  private boolean isAdmin(Authentication user) {
    if (user == null) {
      return false;
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    List<String> adminUsers = configuration.getAdminUsers();
    List<String> adminGroups = configuration.getAdminGroups();
    return (adminUsers != null && adminUsers.contains(user.getUserId()))
        || (adminGroups != null && user.getGroupIds() != null
            && user.getGroupIds().stream().anyMatch(adminGroups::contains));
  }

  /** The JSON body, read once and put back for the engine; refused when it is too large or not JSON. */
  private JsonNode body(ContainerRequestContext request) throws IOException {
    Object read = request.getProperty(SubmissionGuard.class.getName() + ".body");
    if (read instanceof JsonNode node) {
      return node;
    }
    byte[] bytes;
    try (InputStream in = request.getEntityStream()) {
      bytes = in.readNBytes(limits.getEngineBody() + 1);
    }
    if (bytes.length > limits.getEngineBody()) {
      throw Refusal.of(413, "request.bodyTooLarge", limits.getEngineBody() / 1024);
    }
    request.setEntityStream(new ByteArrayInputStream(bytes));
    JsonNode node;
    try {
      node = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
    } catch (IOException e) {
      throw Refusal.invalid(List.of(FieldError.of("body", "request.unreadableJson")));
    }
    if (node == null || node.isMissingNode()) {
      node = JSON.createObjectNode();
    }
    request.setProperty(SubmissionGuard.class.getName() + ".body", node);
    return node;
  }

  private static Map<String, JsonNode> variables(JsonNode body, Set<String> allowed, Set<String> adminOnly) {
    if (!body.isObject()) {
      throw Refusal.invalid(List.of(FieldError.of("body", "request.unreadableJson")));
    }
    for (java.util.Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (adminOnly.contains(name) && !body.get(name).isNull()
          && !(body.get(name).isBoolean() && !body.get(name).asBoolean())) {
        throw Refusal.of(403, "submission.optionForAdministrators", name);
      }
      if (!allowed.contains(name) && !adminOnly.contains(name)) {
        throw Refusal.notAsTheFormAsks(List.of(FieldError.of(name, "submission.unknownProperty", allowed)));
      }
    }
    JsonNode variables = body.get("variables");
    Map<String, JsonNode> result = new LinkedHashMap<>();
    if (variables == null || variables.isNull()) {
      return result;
    }
    if (!variables.isObject()) {
      throw Refusal.notAsTheFormAsks(List.of(FieldError.of("variables", "submission.notAVariable")));
    }
    variables.fields().forEachRemaining(entry -> result.put(entry.getKey(), entry.getValue()));
    return result;
  }

  private static boolean hasVariables(JsonNode body, String... names) {
    return Arrays.stream(names).map(body::get)
        .anyMatch(node -> node != null && !node.isNull() && !(node.isObject() && node.isEmpty()));
  }

  private static void refuseIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw Refusal.notAsTheFormAsks(errors);
    }
  }

  /** engine/{name}/task/... (Tasklist's and the named engine's paths) becomes task/... */
  static List<String> segments(String path) {
    List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    if (segments.size() >= 2 && segments.get(0).equals("engine")) {
      return segments.subList(2, segments.size());
    }
    return segments;
  }

  private static String last(List<String> path) {
    return path.get(path.size() - 1);
  }

  /** Runs a lookup of the gate's own with the engine's rights; the user's authentication is put back. */
  private <T> T withoutAuthentication(Supplier<T> lookup) {
    IdentityService identity = engine.getIdentityService();
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }
}
