package kz.edu.leaders.selection;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.Reason;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "Evaluate internship": the assigned mentor's rubric scores and recommendation. */
@Component("internshipEvaluationSubmission")
public class InternshipEvaluationSubmission extends FormSubmission<InternshipEvaluationSubmission.Evaluation> {

  static final int MIN_RECOMMENDATION = 20;
  static final int MAX_RECOMMENDATION = 4000;

  private final InternshipRepository internships;
  private final InternshipRubric rubric;

  public InternshipEvaluationSubmission(InternshipRepository internships, InternshipRubric rubric) {
    this.internships = internships;
    this.rubric = rubric;
  }

  record Evaluation(Map<String, Integer> scores, String recommendation, String mentor) {}

  @Override
  protected Evaluation read(DelegateExecution execution, Values values) {
    String user = CurrentUser.id(execution);
    // The assigned mentor comes from the internship record; a submitted variable could name anyone.
    String mentor = internships.find(execution.getProcessBusinessKey()).map(InternshipRepository.Internship::mentorId)
        .orElse(null);
    if (user != null && !user.equals(mentor)) {
      values.error("mentorId", "selection.internship.onlyTheMentor", mentor);
    }
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (String criterion : InternshipRubric.CRITERIA) {
      Integer score = values.wholeNumber(criterion, 1, 5);
      if (score != null) {
        scores.put(criterion, score);
      }
    }
    String recommendation = values.text("mentorRecommendation", true, MIN_RECOMMENDATION, MAX_RECOMMENDATION);
    return new Evaluation(scores, recommendation, user);
  }

  @Override
  protected void record(DelegateExecution execution, Evaluation evaluation) {
    String scoreList = Reason.forRecord(evaluation.scores().entrySet().stream()
        .map(e -> Reason.of("reason.criterion.score", Reason.of("reason.criterion." + e.getKey()), e.getValue()))
        .toList());
    internships.evaluate(execution.getProcessBusinessKey(), scoreList, rubric.score(evaluation.scores()).mean(),
        evaluation.recommendation(), evaluation.mentor());
    execution.setVariable("mentorRecommendation", evaluation.recommendation());
  }
}
