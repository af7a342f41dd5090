package kz.edu.leaders.commission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A commission member's answer: a recusal for a conflict of interest (with its reason, and no score), or a
 * score on each interview criterion (1 to 10). Only the member the task belongs to may answer. Recorded
 * with who and when; removed from the process variables so no member sees another's score.
 */
@Component("interviewScoreSubmission")
public class InterviewScoreSubmission implements ExecutionListener {

  static final String[] CRITERIA = {"interviewVision", "interviewCompetence", "interviewCommunication",
      "interviewMotivation"};
  static final String[] FIELDS = {"conflictOfInterest", "conflictReason", "interviewVision", "interviewCompetence",
      "interviewCommunication", "interviewMotivation", "memberComment"};

  private final InterviewRepository interviews;

  public InterviewScoreSubmission(InterviewRepository interviews) {
    this.interviews = interviews;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled() || execution.getCurrentActivityId().endsWith("#multiInstanceBody")) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    // Who answers is the logged-in member (the engine lets only the task's assignee complete it), and the round
    // is the open one on record: a submission may carry a forged "member" or "interviewRound" variable.
    String user = CurrentUser.id(execution);
    String member = user != null ? user : (String) execution.getVariable("member");
    Values values = new Values(execution.getVariables(), errors);
    boolean recused = Boolean.TRUE.equals(execution.getVariable("conflictOfInterest"));
    String number = execution.getProcessBusinessKey();
    int round = interviews.currentRound(number);
    if (recused) {
      String reason = values.text("conflictReason", true, 1000);
      if (reason != null && reason.length() < 5) {
        errors.add(new FieldError("conflictReason", "must be at least 5 characters"));
      }
      throwIfAny(errors);
      interviews.recordRecusal(number, round, member, reason);
    } else {
      int[] scores = new int[CRITERIA.length];
      for (int i = 0; i < CRITERIA.length; i++) {
        Integer score = values.wholeNumber(CRITERIA[i], 1, 10);
        scores[i] = score == null ? 0 : score;
      }
      String comment = values.text("memberComment", false, 2000);
      throwIfAny(errors);
      BigDecimal mean = BigDecimal.valueOf(scores[0] + scores[1] + scores[2] + scores[3])
          .divide(BigDecimal.valueOf(CRITERIA.length), 2, RoundingMode.HALF_UP);
      interviews.recordScore(number, round, member, scores, mean, comment);
    }
    for (String field : FIELDS) {
      execution.removeVariable(field);
    }
  }

  private static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
  }
}
