package kz.edu.leaders.selection;

import java.util.HashMap;
import java.util.Map;
import kz.edu.leaders.common.ApiCaller;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration of applications by the national application portal (or any client of the API). */
@RestController
@RequestMapping("/api/selection/applications")
public class ApplicationController {

  private final RuntimeService runtimeService;
  private final ApiCaller caller;

  public ApplicationController(RuntimeService runtimeService, ApiCaller caller) {
    this.runtimeService = runtimeService;
    this.caller = caller;
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

  public record Registered(String applicationNumber, String processInstanceId) {}
}
