package kz.edu.leaders.events.forum;

import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Close the feedback": the organiser closes the window before its timer, by ticking the confirmation. The closing
 * itself is the next step's ({@link CloseFeedbackDelegate}), which the timer reaches too.
 */
@Component
public class CloseFeedbackSubmission extends FormSubmission<Boolean> {

  @Override
  protected Boolean read(DelegateExecution execution, Values values) {
    Boolean confirmed = values.flag("closeFeedbackNow");
    if (Boolean.FALSE.equals(confirmed)) {
      values.error("closeFeedbackNow", "forum.feedback.confirmClose");
    }
    return confirmed;
  }

  @Override
  protected void record(DelegateExecution execution, Boolean confirmed) {
    execution.removeVariable("closeFeedbackNow");
  }
}
