package kz.edu.leaders.appointment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Offers the regional head the officers of the vacancy's region, to hand the overdue task to one of them. */
// Named apart from the variable it sets: an expression finds a variable before a bean of the same name.
@Component
public class RegionalOfficerOptionsListener implements ExecutionListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdentityService identityService;
  private final CaseGroups caseGroups;

  public RegionalOfficerOptionsListener(IdentityService identityService, CaseGroups caseGroups) {
    this.identityService = identityService;
    this.caseGroups = caseGroups;
  }

  @Override
  public void notify(DelegateExecution execution) throws JsonProcessingException {
    List<Map<String, String>> options = identityService.createUserQuery()
        .memberOfGroup(caseGroups.of(Groups.REGIONAL_OFFICERS, execution)).orderByUserLastName().asc().list().stream()
        .map(user -> Map.of("label", user.getFirstName() + " " + user.getLastName() + " (" + user.getId() + ")",
            "value", user.getId()))
        .toList();
    execution.setVariable("regionalOfficerOptions", SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
  }
}
