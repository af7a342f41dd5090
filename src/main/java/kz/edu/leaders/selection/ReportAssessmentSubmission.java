package kz.edu.leaders.selection;

import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.selection.ReportAssessmentRepository.ReportScores;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "Assess the reflective report": one assessor's scores, never two assessments by the same person. */
@Component("reportAssessmentSubmission")
public class ReportAssessmentSubmission extends FormSubmission<ReportAssessmentSubmission.Assessment> {

  static final String[] CRITERIA = {"reportAnalysis", "reportImpact", "reportEvidence", "reportReflection"};
  static final String COMMENT = "assessmentComment";

  private final ReportAssessmentRepository assessments;

  public ReportAssessmentSubmission(ReportAssessmentRepository assessments) {
    this.assessments = assessments;
  }

  record Assessment(String assessor, ReportScores scores, String comment) {}

  @Override
  protected Assessment read(DelegateExecution execution, Values values) {
    int[] scores = new int[CRITERIA.length];
    for (int i = 0; i < CRITERIA.length; i++) {
      Integer score = values.wholeNumber(CRITERIA[i], 0, 25);
      scores[i] = score == null ? 0 : score;
    }
    String comment = values.text(COMMENT, true, 20, 2000);
    String assessor = CurrentUser.id(execution);
    if (assessor == null) {
      values.error("assessor", "selection.assessment.loggedInOnly");
    } else if (assessments.hasAssessed(execution.getProcessBusinessKey(), assessor)) {
      values.error("assessor", "selection.assessment.alreadyAssessed", assessor);
    }
    return new Assessment(assessor, new ReportScores(scores[0], scores[1], scores[2], scores[3]), comment);
  }

  @Override
  protected void record(DelegateExecution execution, Assessment assessment) {
    assessments.record(execution.getProcessBusinessKey(), assessment.assessor(), assessment.scores(),
        assessment.comment());
    for (String criterion : CRITERIA) {
      execution.removeVariable(criterion);
    }
    execution.removeVariable(COMMENT);
  }
}
