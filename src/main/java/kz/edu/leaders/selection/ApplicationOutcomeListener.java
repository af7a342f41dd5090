package kz.edu.leaders.selection;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import kz.edu.leaders.common.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On an end event: closes the application record with the end event's {@code outcome} and {@code stage}
 * properties, and the reason given by its {@code reason} property or by the variable its
 * {@code reasonVariable} property names.
 */
@Component
public class ApplicationOutcomeListener implements ExecutionListener {

  private final ApplicationRepository applications;
  private final CandidateNotices notices;

  public ApplicationOutcomeListener(ApplicationRepository applications, CandidateNotices notices) {
    this.applications = applications;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, String> properties = ModelProperties.of(execution);
    String outcome = ModelProperties.required(properties, execution, "outcome");
    Stage stage = Stage.valueOf(ModelProperties.required(properties, execution, "stage"));
    String reason = properties.get("reason");
    if (properties.containsKey("reasonVariable")) {
      reason = describe(execution.getVariable(properties.get("reasonVariable")));
    }
    applications.close(execution.getProcessBusinessKey(), stage, outcome, reason);
    // Enrolment is told by its own step, with the certificate.
    if (!"ENROLLED".equals(outcome)) {
      notices.closed(execution.getProcessBusinessKey(), stage, outcome, reason);
    }
  }

  private static String describe(Object value) {
    if (value instanceof Collection<?> items) {
      return items.stream().map(String::valueOf).collect(Collectors.joining("; "));
    }
    return value == null ? null : value.toString();
  }
}
