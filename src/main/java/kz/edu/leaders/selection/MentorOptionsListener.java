package kz.edu.leaders.selection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Offers the coordinator the current mentors (group mentors) as the choices of the assignment form. */
@Component
public class MentorOptionsListener implements ExecutionListener {

  static final String VARIABLE = "mentorOptions";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdentityService identityService;

  public MentorOptionsListener(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) throws JsonProcessingException {
    List<Map<String, String>> options = identityService.createUserQuery().memberOfGroup(Groups.MENTORS)
        .orderByUserLastName().asc().list().stream()
        .map(user -> Map.of("label", user.getFirstName() + " " + user.getLastName() + " (" + user.getId() + ")",
            "value", user.getId()))
        .toList();
    execution.setVariable(VARIABLE, SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
  }
}
