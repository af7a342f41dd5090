package kz.edu.leaders.selection;

import kz.edu.leaders.common.Reason;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Score internship": applies {@link InternshipRubric} to the mentor's scores. */
@Component
public class ScoreInternshipDelegate implements JavaDelegate {

  private final InternshipRubric rubric;

  public ScoreInternshipDelegate(InternshipRubric rubric) {
    this.rubric = rubric;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (String criterion : InternshipRubric.CRITERIA) {
      var value = Values.decimal(execution.getVariable(criterion));
      if (value == null) {
        throw new IllegalStateException("No rubric score for '" + criterion + "'");
      }
      scores.put(criterion, value.intValueExact());
    }
    InternshipRubric.Result result = rubric.score(scores);
    execution.setVariable("internshipPassed", result.passed());
    execution.setVariable("internshipMean", result.mean().doubleValue());
    execution.setVariable(SelectionVariables.OUTCOME_REASON, Reason.forRecord(result.reasons()));
  }
}
