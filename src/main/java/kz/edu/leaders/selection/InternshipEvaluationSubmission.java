package kz.edu.leaders.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Checks the mentor's rubric (every criterion a whole number 1-5, a written recommendation), that it is
 * the assigned mentor who submits it, and records it in the internship record.
 */
@Component("internshipEvaluationSubmission")
public class InternshipEvaluationSubmission implements ExecutionListener {

  static final int MIN_RECOMMENDATION = 20;
  static final int MAX_RECOMMENDATION = 4000;

  private final InternshipRepository internships;
  private final InternshipRubric rubric;

  public InternshipEvaluationSubmission(InternshipRepository internships, InternshipRubric rubric) {
    this.internships = internships;
    this.rubric = rubric;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    String user = CurrentUser.id(execution);
    // The assigned mentor comes from the internship record; a submitted variable could name anyone.
    String mentor = internships.find(execution.getProcessBusinessKey()).map(InternshipRepository.Internship::mentorId)
        .orElse(null);
    if (user != null && !user.equals(mentor)) {
      errors.add(new FieldError("mentorId", "only the assigned mentor (" + mentor + ") may evaluate this internship"));
    }
    Values values = new Values(execution.getVariables(), errors);
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (String criterion : InternshipRubric.CRITERIA.keySet()) {
      Integer score = values.wholeNumber(criterion, 1, 5);
      if (score != null) {
        scores.put(criterion, score);
      }
    }
    String recommendation = values.text("mentorRecommendation", true, MAX_RECOMMENDATION);
    if (recommendation != null && recommendation.length() < MIN_RECOMMENDATION) {
      errors.add(new FieldError("mentorRecommendation", "must be at least " + MIN_RECOMMENDATION + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    String scoreList = scores.entrySet().stream()
        .map(e -> InternshipRubric.CRITERIA.get(e.getKey()) + ": " + e.getValue()).collect(Collectors.joining("; "));
    internships.evaluate(execution.getProcessBusinessKey(), scoreList, rubric.score(scores).mean(), recommendation,
        user);
    execution.setVariable("mentorRecommendation", recommendation);
  }
}
