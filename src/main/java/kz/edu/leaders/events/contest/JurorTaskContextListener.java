package kz.edu.leaders.events.contest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.events.contest.ContestRepository.Criterion;
import kz.edu.leaders.events.contest.ContestRepository.Entry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a juror's task (one instance of a multi-instance): what its form shows, and the fields the juror submits,
 * as variables local to that instance. A submission then lands in the instance, never in the process, so no juror
 * reads another's conflicts or scores; the submission moves them into the records and removes them.
 */
@Component
public class JurorTaskContextListener implements ExecutionListener {

  static final String CONFLICTS = "conflicts";
  static final String SCORES = "contestScores";
  static final String COMMENT = "scoreComment";

  private final ContestRepository contests;

  public JurorTaskContextListener(ContestRepository contests) {
    this.contests = contests;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String activity = String.valueOf(execution.getCurrentActivityId());
    if (activity.endsWith("#multiInstanceBody")) {
      return;
    }
    if ("Task_DeclareConflicts".equals(activity)) {
      execution.setVariableLocal(CONFLICTS, null);
      return;
    }
    String number = execution.getProcessBusinessKey();
    int entryNo = ContestGroups.entryOf((String) execution.getVariable("scoringPair"));
    Entry entry = contests.entry(number, entryNo).orElseThrow();
    execution.setVariableLocal("entryNo", entryNo);
    execution.setVariableLocal("schoolName", entry.schoolName());
    execution.setVariableLocal("district", entry.district());
    execution.setVariableLocal("businessCardTitle", entry.businessCardTitle());
    execution.setVariableLocal("projectTitle", entry.projectTitle());
    execution.setVariableLocal(SCORES, ContestForms.json(rows(contests.criteria(number), contests.rounds(number))));
    execution.setVariableLocal(COMMENT, null);
  }

  static List<Map<String, Object>> rows(List<Criterion> criteria, List<ContestRepository.Round> rounds) {
    return criteria.stream().map(c -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("criterion", c.name());
      row.put("round", rounds.stream().filter(r -> r.number() == c.round()).map(ContestRepository.Round::name)
          .findFirst().orElse(""));
      row.put("maxScore", c.maxScore());
      row.put("score", null);
      return row;
    }).toList();
  }
}
