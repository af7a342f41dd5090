package kz.edu.leaders.commission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A commission member's answer: a recusal for a conflict of interest (with its reason, and no score), or a
 * score on each interview criterion (1 to 10). Only the member the task belongs to may answer. Recorded
 * with who and when; removed from the process variables so no member sees another's score.
 */
@Component("interviewScoreSubmission")
public class InterviewScoreSubmission extends FormSubmission<InterviewScoreSubmission.Answer> {

  static final String[] CRITERIA = {"interviewVision", "interviewCompetence", "interviewCommunication",
      "interviewMotivation"};
  static final String[] FIELDS = {"conflictOfInterest", "conflictReason", "interviewVision", "interviewCompetence",
      "interviewCommunication", "interviewMotivation", "memberComment"};

  private final InterviewRepository interviews;

  public InterviewScoreSubmission(InterviewRepository interviews) {
    this.interviews = interviews;
  }

  /** A recusal has its reason and no scores; a score has no reason. */
  record Answer(String member, String recusalReason, int[] scores, String comment) {}

  @Override
  protected Answer read(DelegateExecution execution, Values values) {
    // Who answers is the logged-in member (the engine lets only the task's assignee complete it): a submission may
    // carry a forged "member" variable.
    String user = CurrentUser.id(execution);
    String member = user != null ? user : (String) execution.getVariable("member");
    if (Boolean.TRUE.equals(values.raw("conflictOfInterest"))) {
      return new Answer(member, values.text("conflictReason", true, 5, 1000), null, null);
    }
    int[] scores = new int[CRITERIA.length];
    for (int i = 0; i < CRITERIA.length; i++) {
      Integer score = values.wholeNumber(CRITERIA[i], 1, 10);
      scores[i] = score == null ? 0 : score;
    }
    return new Answer(member, null, scores, values.text("memberComment", false, 2000));
  }

  @Override
  protected void record(DelegateExecution execution, Answer answer) {
    // The round is the open one on record, never a submitted "interviewRound".
    String number = execution.getProcessBusinessKey();
    int round = interviews.currentRound(number);
    if (answer.scores() == null) {
      interviews.recordRecusal(number, round, answer.member(), answer.recusalReason());
    } else {
      int[] scores = answer.scores();
      BigDecimal mean = BigDecimal.valueOf(scores[0] + scores[1] + scores[2] + scores[3])
          .divide(BigDecimal.valueOf(CRITERIA.length), 2, RoundingMode.HALF_UP);
      interviews.recordScore(number, round, answer.member(), scores, mean, answer.comment());
    }
    for (String field : FIELDS) {
      execution.removeVariable(field);
    }
  }
}
