package kz.edu.leaders.selection;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.ApiCaller;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Texts;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.web.Refusal;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration of applications by the national application portal (or any client of the API), and an application's
 * status as the portal shows it to the candidate: stage, status, outcome and reason, the decisions with their dates,
 * the next step and its deadline. Nothing about who decided, no IIN.
 */
@RestController
@RequestMapping("/api/selection/applications")
public class ApplicationController {

  private final RuntimeService runtimeService;
  private final ApiCaller caller;
  private final ApplicationRepository applications;
  private final ZoneId zone;

  public ApplicationController(RuntimeService runtimeService, ApiCaller caller, ApplicationRepository applications,
                               @Value("${leaders.calendar.zone}") String zone) {
    this.runtimeService = runtimeService;
    this.caller = caller;
    this.applications = applications;
    this.zone = ZoneId.of(zone);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public Registered register(@RequestBody Map<String, Object> body) {
    caller.requireAnyGroup(Groups.CPE_OPERATORS, Groups.APPLICATION_PORTAL);
    // The process start's listener checks the fields, once, as it does for Tasklist's start form.
    NewApplication.refuseUnknownFields(body);
    Map<String, Object> variables = new HashMap<>(body);
    // For the application record only: transient, so the process keeps no variable of it.
    variables.put(SelectionVariables.CHANNEL, Variables.stringValue("API", true));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(ReserveSelection.PROCESS_KEY, variables);
    return new Registered(instance.getBusinessKey(), instance.getId());
  }

  @GetMapping("/{number}")
  public StatusView status(@PathVariable String number, HttpServletRequest request) {
    caller.requireAnyGroup(Groups.CPE_OPERATORS, Groups.APPLICATION_PORTAL);
    ApplicationRepository.Status status = applications.status(number)
        .orElseThrow(() -> Refusal.of(404, "selection.status.notFound", number));
    Language language = Language.of(request);
    boolean open = ApplicationRepository.IN_PROGRESS.equals(status.status());
    // The correction deadline is the start of the day after the last day: the candidate reads the last day.
    LocalDate deadline = open && status.stage() == Stage.DOCUMENT_CORRECTION && status.correctionDeadline() != null
        ? status.correctionDeadline().atZone(zone).toLocalDate().minusDays(1) : null;
    String next = !open ? null : deadline != null
        ? Texts.render("selection.status.next." + status.stage().name(), language, DAY.format(deadline))
        : Texts.render("selection.status.next." + status.stage().name(), language);
    List<DecisionView> decisions = applications.decisions(number).stream().map(d -> new DecisionView(d.stage().name(),
        Texts.render("notification.stage." + d.stage().name(), language), d.decision(), d.reason(), d.decidedAt()))
        .toList();
    return new StatusView(number, status.status(), status.stage().name(),
        Texts.render("notification.stage." + status.stage().name(), language), status.outcome(),
        status.outcome() == null ? null : Texts.render("notification.outcome." + status.outcome(), language),
        status.reason(), status.registeredAt(), status.closedAt(), decisions, next, deadline);
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  public record Registered(String applicationNumber, String processInstanceId) {}

  public record StatusView(String applicationNumber, String status, String stage, String stageName, String outcome,
                           String outcomeName, String outcomeReason, Instant registeredAt, Instant closedAt,
                           List<DecisionView> decisions, String nextStep, LocalDate nextStepDeadline) {}

  public record DecisionView(String stage, String stageName, String decision, String reason, Instant decidedAt) {}
}
