package kz.edu.leaders.appointment;

import java.util.Map;
import kz.edu.leaders.common.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On an end event: closes the case record with the end event's {@code status} and {@code outcome} properties
 * and the reason held by the variable its {@code reasonVariable} property names.
 */
@Component
public class VacancyOutcomeListener implements ExecutionListener {

  private final VacancyRepository vacancies;

  public VacancyOutcomeListener(VacancyRepository vacancies) {
    this.vacancies = vacancies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, String> properties = ModelProperties.of(execution);
    String status = ModelProperties.required(properties, execution, "status");
    String outcome = ModelProperties.required(properties, execution, "outcome");
    Object reason = execution.getVariable(ModelProperties.required(properties, execution, "reasonVariable"));
    vacancies.close(execution.getProcessBusinessKey(), status, outcome, reason == null ? null : reason.toString());
    vacancies.event(execution.getProcessBusinessKey(), outcome, reason == null ? null : reason.toString(), null);
  }
}
