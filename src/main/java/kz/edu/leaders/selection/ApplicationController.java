package kz.edu.leaders.selection;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import kz.edu.leaders.common.ApiCaller;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.web.Refusal;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
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
  private final ApplicationStatus statuses;

  public ApplicationController(RuntimeService runtimeService, ApiCaller caller, ApplicationStatus statuses) {
    this.runtimeService = runtimeService;
    this.caller = caller;
    this.statuses = statuses;
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
  public ApplicationStatus.View status(@PathVariable String number, HttpServletRequest request) {
    caller.requireAnyGroup(Groups.CPE_OPERATORS, Groups.APPLICATION_PORTAL);
    return statuses.of(number, Language.of(request))
        .orElseThrow(() -> Refusal.of(404, "selection.status.notFound", number));
  }

  public record Registered(String applicationNumber, String processInstanceId) {}

}
