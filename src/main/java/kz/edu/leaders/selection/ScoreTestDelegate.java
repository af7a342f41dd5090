package kz.edu.leaders.selection;

import kz.edu.leaders.common.Reason;
import static kz.edu.leaders.selection.SelectionVariables.*;

import java.math.BigDecimal;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Score test": applies {@link TestScoring} to the block results the testing centre sent. */
@Component
public class ScoreTestDelegate implements JavaDelegate {

  private final TestScoring scoring;
  private final ApplicationRepository applications;
  private final CandidateNotices notices;

  public ScoreTestDelegate(TestScoring scoring, ApplicationRepository applications, CandidateNotices notices) {
    this.scoring = scoring;
    this.applications = applications;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TestScores scores = new TestScores(block(execution, "legislation"), block(execution, "management"),
        block(execution, "pedagogy"), block(execution, "leadership"));
    TestScoring.Result result = scoring.score(scores);
    execution.setVariable(TEST_OVERALL, result.overall().doubleValue());
    execution.setVariable(TEST_PASSED, result.passed());
    execution.setVariable(OUTCOME_REASON, Reason.forRecord(result.reasons()));
    applications.recordTestOverall(execution.getProcessBusinessKey(), result.overall());
    notices.testResult(execution.getProcessBusinessKey(), result.overall().stripTrailingZeros().toPlainString(),
        result.passed(), result.reasons());
  }

  private static BigDecimal block(DelegateExecution execution, String block) {
    BigDecimal value = Values.decimal(execution.getVariable(testVariable(block)));
    if (value == null) {
      throw new IllegalStateException("No score for test block '" + block + "'");
    }
    return value;
  }
}
