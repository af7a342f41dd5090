package kz.edu.leaders.events.contest;

import java.util.List;
import kz.edu.leaders.appointment.competition.Rows;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.events.contest.ContestRepository.NewEntry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Register entries": the organiser adds leading schools' entries (rows left blank are skipped) and either goes on
 * registering or closes the registration. New entries after the deadline are refused; closing is always possible.
 */
@Component
public class RegisterEntriesSubmission extends FormSubmission<RegisterEntriesSubmission.Registration> {

  static final String VARIABLE = "newEntries";

  record Registration(List<NewEntry> entries, boolean close) {}

  private final ContestRepository contests;
  private final ContestEntries registry;

  public RegisterEntriesSubmission(ContestRepository contests, ContestEntries registry) {
    this.contests = contests;
    this.registry = registry;
  }

  @Override
  protected Registration read(DelegateExecution execution, Values values) {
    String action = values.choice("entriesAction", List.of("MORE", "CLOSE"));
    List<NewEntry> entries = ContestEntries.read(Rows.read(execution, VARIABLE), VARIABLE, values);
    if (!entries.isEmpty() && values.valid()) {
      var closed = ContestEntries.closedFor(contests.get(execution.getProcessBusinessKey()), VARIABLE);
      if (closed != null) {
        values.errors().add(closed);
      }
    }
    return new Registration(entries, "CLOSE".equals(action));
  }

  @Override
  protected void record(DelegateExecution execution, Registration registration) {
    String number = execution.getProcessBusinessKey();
    String by = CurrentUser.id(execution);
    if (!registration.entries().isEmpty()) {
      registry.register(number, registration.entries(), VARIABLE, by);
    }
    if (registration.close()) {
      contests.closeEntries(number, by);
      execution.setVariable(AdmissionSubmission.VARIABLE, ContestForms.json(contests.entries(number).stream()
          .map(e -> {
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("entryNo", e.number());
            row.put("schoolName", e.schoolName());
            row.put("projectTitle", e.projectTitle());
            row.put("decision", null);
            row.put("reason", null);
            return row;
          }).toList()));
    }
    execution.removeVariable(VARIABLE);
    execution.removeVariable("entriesAction");
    execution.setVariable("entriesClosed", registration.close());
    execution.setVariable("registeredEntries", ContestEntries.summary(contests.entries(number)));
  }
}
