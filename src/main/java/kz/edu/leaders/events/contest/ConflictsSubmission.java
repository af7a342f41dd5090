package kz.edu.leaders.events.contest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.appointment.competition.Rows;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.events.contest.ContestRepository.Recusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Declare conflicts of interest": a juror names the admitted entries they have a conflict with (own school, own
 * district, a relative; a relative needs a note); rows left blank mean none. The juror is recused from those
 * entries: they get no scoring task for them.
 */
@Component
public class ConflictsSubmission extends FormSubmission<List<Recusal>> {

  static final List<String> KINDS = List.of("OWN_SCHOOL", "OWN_DISTRICT", "RELATIVE");

  private final ContestRepository contests;

  public ConflictsSubmission(ContestRepository contests) {
    this.contests = contests;
  }

  @Override
  protected List<Recusal> read(DelegateExecution execution, Values values) {
    String number = execution.getProcessBusinessKey();
    String juror = juror(execution);
    List<Map<String, Object>> rows = Rows.read(execution, JurorTaskContextListener.CONFLICTS);
    List<Recusal> recusals = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      if (ContestForms.blankRow(rows.get(i), List.of("entryNo", "kind", "note"))) {
        continue;
      }
      Values row = ContestForms.row(values, JurorTaskContextListener.CONFLICTS, i, rows.get(i));
      Integer no = row.wholeNumber("entryNo", 1, 100_000);
      String kind = row.choice("kind", KINDS);
      String note = row.text("note", "RELATIVE".equals(kind), 1000);
      if (no != null && contests.admitted(number).stream().noneMatch(e -> e.number() == no)) {
        row.error("entryNo", "contest.entryUnknown", no);
      } else if (no != null && !seen.add(no)) {
        row.error("entryNo", "contest.duplicate", no);
      }
      recusals.add(new Recusal(juror, no == null ? 0 : no, kind, note));
    }
    return recusals;
  }

  /** The juror the task's instance belongs to (its assignee; the engine lets no other juror complete it). */
  static String juror(DelegateExecution execution) {
    return (String) execution.getVariable("juror");
  }

  @Override
  protected void record(DelegateExecution execution, List<Recusal> recusals) {
    contests.recordConflicts(execution.getProcessBusinessKey(), juror(execution), recusals);
    execution.removeVariableLocal(JurorTaskContextListener.CONFLICTS);
  }
}
