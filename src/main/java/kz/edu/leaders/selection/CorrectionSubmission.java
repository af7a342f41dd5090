package kz.edu.leaders.selection;

import static kz.edu.leaders.selection.SelectionVariables.CORRECTION_NOTE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Checks and records the operator's note that corrected documents arrived (not when the timer ends it). */
@Component("correctionSubmission")
public class CorrectionSubmission implements ExecutionListener {

  static final int MIN_NOTE = 3;
  static final int MAX_NOTE = 1000;

  private final ApplicationRepository applications;

  public CorrectionSubmission(ApplicationRepository applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    Object raw = execution.getVariable(CORRECTION_NOTE);
    String note = new Values(Map.of(CORRECTION_NOTE, raw == null ? "" : raw), errors)
        .text(CORRECTION_NOTE, true, MAX_NOTE);
    if (note != null && note.length() < MIN_NOTE) {
      errors.add(new FieldError(CORRECTION_NOTE, "must be at least " + MIN_NOTE + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    execution.setVariable(CORRECTION_NOTE, note);
    applications.recordDecision(execution.getProcessBusinessKey(), Stage.DOCUMENT_CORRECTION,
        "corrected", note, CurrentUser.id(execution));
  }
}
