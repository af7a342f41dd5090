package kz.edu.leaders.events.contest;

import java.util.Map;
import kz.edu.leaders.appointment.competition.Rows;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Score the entry": a juror's score on each criterion of one entry (see {@link ContestScoring}). The entry is the
 * one of the task's own instance, never a submitted number; the scores leave the process variables at once.
 */
@Component
public class ScoreEntrySubmission extends FormSubmission<Map<Integer, Integer>> {

  private final ContestScoring scoring;

  public ScoreEntrySubmission(ContestScoring scoring) {
    this.scoring = scoring;
  }

  @Override
  protected Map<Integer, Integer> read(DelegateExecution execution, Values values) {
    values.text(JurorTaskContextListener.COMMENT, false, 2000);
    return scoring.check(execution.getProcessBusinessKey(), juror(execution), entryNo(execution),
        Rows.read(execution, JurorTaskContextListener.SCORES), values);
  }

  static String juror(DelegateExecution execution) {
    return ContestGroups.jurorOf((String) execution.getVariable("scoringPair"));
  }

  static int entryNo(DelegateExecution execution) {
    return ContestGroups.entryOf((String) execution.getVariable("scoringPair"));
  }

  @Override
  protected void record(DelegateExecution execution, Map<Integer, Integer> scores) {
    Object comment = execution.getVariable(JurorTaskContextListener.COMMENT);
    scoring.record(execution.getProcessBusinessKey(), juror(execution), entryNo(execution), scores,
        comment == null || comment.toString().isBlank() ? null : comment.toString().strip());
    execution.removeVariableLocal(JurorTaskContextListener.SCORES);
    execution.removeVariableLocal(JurorTaskContextListener.COMMENT);
  }
}
