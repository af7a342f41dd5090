package kz.edu.leaders.commission;

import kz.edu.leaders.selection.SelectionVariables;

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

/** The chair's decision on a tie at the pass mark: pass or not, with a reason, recorded with who and when. */
@Component("chairDecisionSubmission")
public class ChairDecisionSubmission implements ExecutionListener {

  private final InterviewRepository interviews;

  public ChairDecisionSubmission(InterviewRepository interviews) {
    this.interviews = interviews;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    Object rawDecision = execution.getVariable("chairDecision");
    Object rawReason = execution.getVariable("chairReason");
    Values values = new Values(Map.of("chairDecision", rawDecision == null ? "" : rawDecision,
        "chairReason", rawReason == null ? "" : rawReason), errors);
    String decision = values.text("chairDecision", true, 32);
    if (decision != null && !List.of("PASSED", "NOT_PASSED").contains(decision)) {
      errors.add(new FieldError("chairDecision", "must be PASSED or NOT_PASSED"));
    }
    String reason = values.text("chairReason", true, 2000);
    if (reason != null && reason.length() < 10) {
      errors.add(new FieldError("chairReason", "must be at least 10 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    int round = interviews.currentRound(execution.getProcessBusinessKey());
    interviews.chairDecides(execution.getProcessBusinessKey(), round, decision, reason, CurrentUser.id(execution));
    execution.setVariable("interviewDecision", decision);
    execution.setVariable(SelectionVariables.OUTCOME_REASON,
        "Tie at the pass mark; the chair decided " + (decision.equals("PASSED") ? "to pass" : "not to pass") + ": " + reason);
  }
}
