package kz.edu.leaders.selection;

import static kz.edu.leaders.selection.SelectionVariables.CORRECTION_NOTE;

import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "Receive corrected documents": what the candidate corrected, recorded with who and when. */
@Component("correctionSubmission")
public class CorrectionSubmission extends FormSubmission<String> {

  static final int MIN_NOTE = 3;
  static final int MAX_NOTE = 1000;

  private final ApplicationRepository applications;

  public CorrectionSubmission(ApplicationRepository applications) {
    this.applications = applications;
  }

  @Override
  protected String read(DelegateExecution execution, Values values) {
    return values.text(CORRECTION_NOTE, true, MIN_NOTE, MAX_NOTE);
  }

  @Override
  protected void record(DelegateExecution execution, String note) {
    execution.setVariable(CORRECTION_NOTE, note);
    applications.recordDecision(execution.getProcessBusinessKey(), Stage.DOCUMENT_CORRECTION,
        "corrected", note, CurrentUser.id(execution));
  }
}
