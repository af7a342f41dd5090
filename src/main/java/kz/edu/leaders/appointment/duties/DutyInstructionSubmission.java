package kz.edu.leaders.appointment.duties;

import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.ModelProperties;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The regional head's instruction on an overdue duty (an attestation not recorded in its window, a rotation not
 * decided by the limit): written into the duties' audit trail under the element's {@code event} property.
 */
@Component
public class DutyInstructionSubmission extends FormSubmission<String> {

  static final String INSTRUCTION = "instruction";

  private final HeadDutyRepository duties;

  public DutyInstructionSubmission(HeadDutyRepository duties) {
    this.duties = duties;
  }

  @Override
  protected String read(DelegateExecution execution, Values values) {
    return values.text(INSTRUCTION, true, 10, 2000);
  }

  @Override
  protected void record(DelegateExecution execution, String instruction) {
    duties.event(duties.get(execution.getProcessBusinessKey()).orderNumber(),
        ModelProperties.required(execution, "event"), instruction, CurrentUser.id(execution));
    execution.removeVariable(INSTRUCTION);
  }
}
