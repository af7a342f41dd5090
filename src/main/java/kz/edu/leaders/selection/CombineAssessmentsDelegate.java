package kz.edu.leaders.selection;

import kz.edu.leaders.selection.ReportAssessmentRepository.Assessment;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Combine assessments": applies {@link AssessmentCombination} to the recorded assessments. */
@Component
public class CombineAssessmentsDelegate implements JavaDelegate {

  private final ReportAssessmentRepository assessments;
  private final AssessmentCombination combination;

  public CombineAssessmentsDelegate(ReportAssessmentRepository assessments, AssessmentCombination combination) {
    this.assessments = assessments;
    this.combination = combination;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    AssessmentCombination.Result result =
        combination.combine(assessments.forApplication(number).stream().map(Assessment::total).toList());
    execution.setVariable("thirdAssessorNeeded", result.thirdAssessorNeeded());
    if (!result.thirdAssessorNeeded()) {
      execution.setVariable("finalAssessmentScore", result.finalScore());
      execution.setVariable("finalAssessmentPassed", result.passed());
      execution.setVariable(SelectionVariables.OUTCOME_REASON, result.reason());
      assessments.recordFinalScore(number, result.finalScore());
    }
  }
}
