package kz.edu.leaders.appointment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Writes the rules the DMN table chose into the case record, where every later step reads them. */
@Component
public class RecordLegalBasisListener implements ExecutionListener {

  private final VacancyRepository vacancies;

  public RecordLegalBasisListener(VacancyRepository vacancies) {
    this.vacancies = vacancies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object result = execution.getVariable("legalBasis");
    if (result == null) {
      throw new IllegalStateException("DMN appointmentLegalBasis gave no rules for a vacancy of "
          + execution.getVariable("vacatedOn") + ": add a row to bpmn/appointment-legal-basis.dmn");
    }
    LegalBasis basis = LegalBasis.valueOf(result.toString());
    vacancies.setLegalBasis(execution.getProcessBusinessKey(), basis.name());
    vacancies.event(execution.getProcessBusinessKey(), "LEGAL_BASIS", basis.title(), null);
    execution.setVariable("legalBasisName", basis.title());
  }
}
