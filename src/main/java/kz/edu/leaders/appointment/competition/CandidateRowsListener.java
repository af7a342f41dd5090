package kz.edu.leaders.appointment.competition;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On a user task's start: prefills its form's dynamic list with one row per candidate at that step. The task says
 * in the model which: {@code rowsVariable} (the list's path) and {@code rowsStatuses} (candidate statuses, comma
 * separated). In a multi-instance task the rows are local to each instance, so every member gets a ballot of
 * their own and one member's submission never empties another's.
 */
@Component
public class CandidateRowsListener implements ExecutionListener {

  private final CompetitionRepository competitions;

  public CandidateRowsListener(CompetitionRepository competitions) {
    this.competitions = competitions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getCurrentActivityId().endsWith("#multiInstanceBody")) {
      return;
    }
    Map<String, String> properties = ModelProperties.of(execution);
    String variable = ModelProperties.required(properties, execution, "rowsVariable");
    List<CandidateStatus> statuses = Arrays.stream(ModelProperties.required(properties, execution, "rowsStatuses")
        .split(",")).map(String::strip).map(CandidateStatus::valueOf).toList();
    String competitionId = competitions.current(execution.getProcessBusinessKey()).id();
    var rows = Rows.json(Rows.prefilled(competitions.candidates(competitionId, statuses)));
    if (execution.getVariable("loopCounter") != null) {
      execution.setVariableLocal(variable, rows);
    } else {
      execution.setVariable(variable, rows);
    }
  }
}
