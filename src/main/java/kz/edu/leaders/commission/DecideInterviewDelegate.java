package kz.edu.leaders.commission;

import kz.edu.leaders.selection.SelectionVariables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Decide": applies {@link InterviewRules} to the round's answers and records the decision. */
@Component
public class DecideInterviewDelegate implements JavaDelegate {

  private final InterviewRepository interviews;
  private final InterviewRules rules;

  public DecideInterviewDelegate(InterviewRepository interviews, InterviewRules rules) {
    this.interviews = interviews;
    this.rules = rules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    int round = interviews.currentRound(number);
    InterviewRepository.Round answers = interviews.round(number, round);
    InterviewRules.Result result = rules.decide(answers.members(), answers.recused(), answers.memberMeans());
    interviews.decide(number, round, result.decision().name(), result.mean(), result.scored(), answers.recused(),
        result.reason(), null);
    execution.setVariable("interviewDecision", result.decision().name());
    execution.setVariable("interviewScore", result.mean() == null ? null : result.mean().doubleValue());
    execution.setVariable(SelectionVariables.OUTCOME_REASON, result.reason());
  }
}
