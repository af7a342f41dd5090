package kz.edu.leaders.events.forum;

import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "Review the summary": the organiser writes the conclusions (optional) and closes the forum. */
@Component
public class ReviewSummarySubmission extends FormSubmission<String> {

  private final ForumRepository forums;

  public ReviewSummarySubmission(ForumRepository forums) {
    this.forums = forums;
  }

  @Override
  protected String read(DelegateExecution execution, Values values) {
    String conclusion = values.text("conclusion", false, 4000);
    Boolean close = values.flag("closeForum");
    if (Boolean.FALSE.equals(close)) {
      values.error("closeForum", "forum.summary.confirmClose");
    }
    return conclusion;
  }

  @Override
  protected void record(DelegateExecution execution, String conclusion) {
    forums.close(execution.getProcessBusinessKey(), conclusion, CurrentUser.id(execution));
    execution.removeVariable("conclusion");
    execution.removeVariable("closeForum");
  }
}
