package kz.edu.leaders.events.contest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.appointment.competition.Rows;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.events.contest.ContestRepository.Entry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Admit entries": the organiser admits or rejects every registered entry, each once; a rejection needs its reason.
 * The admitted go on to the jury.
 */
@Component
public class AdmissionSubmission extends FormSubmission<Map<Integer, String>> {

  static final String VARIABLE = "admission";
  static final String REJECT = "REJECT";

  private final ContestRepository contests;

  public AdmissionSubmission(ContestRepository contests) {
    this.contests = contests;
  }

  /** Entry number to the rejection reason, or to null when admitted. */
  @Override
  protected Map<Integer, String> read(DelegateExecution execution, Values values) {
    List<Entry> entries = contests.entries(execution.getProcessBusinessKey());
    List<Map<String, Object>> rows = Rows.read(execution, VARIABLE);
    Map<Integer, String> decisions = new LinkedHashMap<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Values row = ContestForms.row(values, VARIABLE, i, rows.get(i) == null ? Map.of() : rows.get(i));
      Integer no = row.wholeNumber("entryNo", 1, 100_000);
      if (no == null) {
        continue;
      }
      if (entries.stream().noneMatch(e -> e.number() == no) || !seen.add(no)) {
        row.error("entryNo", "contest.entryUnknown", no);
        continue;
      }
      String decision = row.choice("decision", List.of("ADMIT", REJECT));
      String reason = row.text("reason", REJECT.equals(decision), 2000);
      if (REJECT.equals(decision) && reason != null && reason.length() < 5) {
        row.error("reason", "value.tooShort", 5);
      }
      decisions.put(no, REJECT.equals(decision) ? (reason == null ? "" : reason) : null);
    }
    entries.stream().filter(e -> !seen.contains(e.number()))
        .forEach(e -> values.error(VARIABLE, "contest.admissionMissing", e.number(), e.schoolName()));
    return decisions;
  }

  @Override
  protected void record(DelegateExecution execution, Map<Integer, String> decisions) {
    String number = execution.getProcessBusinessKey();
    String by = CurrentUser.id(execution);
    decisions.forEach((no, reason) -> contests.decideAdmission(number, no, reason == null, reason, by));
    List<Entry> admitted = contests.admitted(number);
    contests.status(number, admitted.isEmpty() ? LeadingSchoolContest.NO_ENTRIES : LeadingSchoolContest.JUDGING);
    execution.removeVariable(VARIABLE);
    execution.setVariable("admittedCount", admitted.size());
    execution.setVariable("admittedEntries", ContestEntries.summary(admitted));
  }
}
