package kz.edu.leaders.selection;

import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.selection.ReportAssessmentRepository.ReportScores;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Checks and records one assessor's scores of the reflective report. The scores go to the assessment
 * record only and are removed from the process variables at once, so the other assessor's form never
 * shows them; an assessor who already assessed this report cannot assess it again.
 */
@Component("reportAssessmentSubmission")
public class ReportAssessmentSubmission implements ExecutionListener {

  static final String[] CRITERIA = {"reportAnalysis", "reportImpact", "reportEvidence", "reportReflection"};
  static final String COMMENT = "assessmentComment";

  private final ReportAssessmentRepository assessments;

  public ReportAssessmentSubmission(ReportAssessmentRepository assessments) {
    this.assessments = assessments;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // Listeners of a multi-instance task also fire for its body, which submits nothing.
    if (execution.isCanceled() || execution.getCurrentActivityId().endsWith("#multiInstanceBody")) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    Values values = new Values(execution.getVariables(), errors);
    int[] scores = new int[CRITERIA.length];
    for (int i = 0; i < CRITERIA.length; i++) {
      Integer score = values.wholeNumber(CRITERIA[i], 0, 25);
      scores[i] = score == null ? 0 : score;
    }
    String comment = values.text(COMMENT, true, 2000);
    if (comment != null && comment.length() < 20) {
      errors.add(new FieldError(COMMENT, "must be at least 20 characters"));
    }
    String assessor = CurrentUser.id(execution);
    if (assessor == null) {
      errors.add(new FieldError("assessor", "an assessment must be submitted by a logged-in assessor"));
    } else if (assessments.hasAssessed(execution.getProcessBusinessKey(), assessor)) {
      errors.add(new FieldError("assessor", assessor + " has already assessed this report; "
          + "assessments must come from different assessors"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    assessments.record(execution.getProcessBusinessKey(), assessor,
        new ReportScores(scores[0], scores[1], scores[2], scores[3]), comment);
    for (String criterion : CRITERIA) {
      execution.removeVariable(criterion);
    }
    execution.removeVariable(COMMENT);
  }
}
