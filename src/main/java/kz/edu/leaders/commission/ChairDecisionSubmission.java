package kz.edu.leaders.commission;

import java.util.List;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Reason;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.selection.SelectionVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The chair's decision on a tie at the pass mark: pass or not, with a reason, recorded with who and when. */
@Component("chairDecisionSubmission")
public class ChairDecisionSubmission extends FormSubmission<ChairDecisionSubmission.Decision> {

  private final InterviewRepository interviews;

  public ChairDecisionSubmission(InterviewRepository interviews) {
    this.interviews = interviews;
  }

  record Decision(String decision, String reason) {}

  @Override
  protected Decision read(DelegateExecution execution, Values values) {
    return new Decision(values.choice("chairDecision", List.of("PASSED", "NOT_PASSED")),
        values.text("chairReason", true, 10, 2000));
  }

  @Override
  protected void record(DelegateExecution execution, Decision chair) {
    int round = interviews.currentRound(execution.getProcessBusinessKey());
    interviews.chairDecides(execution.getProcessBusinessKey(), round, chair.decision(), chair.reason(),
        CurrentUser.id(execution));
    execution.setVariable("interviewDecision", chair.decision());
    execution.setVariable(SelectionVariables.OUTCOME_REASON, Reason.forRecord(Reason.of(
        chair.decision().equals("PASSED") ? "reason.interview.chairPassed" : "reason.interview.chairNotPassed",
        chair.reason())));
  }
}
