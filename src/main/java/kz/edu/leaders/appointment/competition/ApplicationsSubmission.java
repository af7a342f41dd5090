package kz.edu.leaders.appointment.competition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.domain.Iin;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Record applications": the candidates who applied, once the application window has closed. Each row is
 * checked as the form checks it, plus the IIN's check digit and duplicates. Personal data goes to
 * competition_candidate only; the submitted list leaves the process variables.
 */
@Component("applicationsSubmission")
public class ApplicationsSubmission extends FormSubmission<ApplicationsSubmission.Applications> {

  public static final String VARIABLE = "candidates";
  private static final String PHONE = "\\+7\\d{10}";
  private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  private final CompetitionRepository competitions;
  private final CompetitionCalendar calendar;
  private final VacancyRepository vacancies;

  public ApplicationsSubmission(CompetitionRepository competitions, CompetitionCalendar calendar,
                                VacancyRepository vacancies) {
    this.competitions = competitions;
    this.calendar = calendar;
    this.vacancies = vacancies;
  }

  record Applications(String competitionId, List<CompetitionRepository.NewCandidate> candidates) {}

  @Override
  protected Applications read(DelegateExecution execution, Values values) {
    CompetitionRepository.Competition competition = competitions.current(execution.getProcessBusinessKey());
    if (ClockUtil.getCurrentTime().before(calendar.endOf(competition.applicationsUntil()))) {
      values.error(VARIABLE, "competition.applications.stillOpen", competition.applicationsUntil());
      return null;
    }
    List<Map<String, Object>> rows = Rows.read(execution, VARIABLE);
    List<CompetitionRepository.NewCandidate> candidates = new ArrayList<>();
    Map<String, Integer> iins = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i) == null ? Map.of() : rows.get(i);
      Values rowValues = new Values(row, new ArrayList<>());
      CompetitionRepository.NewCandidate candidate = candidate(rowValues);
      if (row.get("iin") instanceof String iin && Iin.isValid(iin.strip())) {
        Integer first = iins.putIfAbsent(iin.strip(), i);
        if (first != null) {
          rowValues.error("iin", "competition.applications.sameIin", first + 1);
        }
      }
      String prefix = Rows.field(VARIABLE, i, null);
      rowValues.errors().forEach(e -> values.errors().add(e.under(prefix)));
      if (rowValues.valid()) {
        candidates.add(candidate);
      }
    }
    return new Applications(competition.id(), candidates);
  }

  @Override
  protected void record(DelegateExecution execution, Applications applications) {
    applications.candidates().forEach(candidate -> competitions.addCandidate(applications.competitionId(), candidate));
    vacancies.event(execution.getProcessBusinessKey(), "COMPETITION_APPLICATIONS", applications.candidates().size()
        + " application(s) to " + applications.competitionId(), CurrentUser.id(execution));
    execution.removeVariable(VARIABLE);
    execution.setVariable("candidatesInTheRunning", applications.candidates().size());
  }

  private static CompetitionRepository.NewCandidate candidate(Values values) {
    String iin = values.text("iin", true, 12);
    if (iin != null && Iin.problem(iin) != null) {
      values.error("iin", Iin.problem(iin));
    }
    String surname = values.text("surname", true, 100);
    String firstName = values.text("firstName", true, 100);
    String patronymic = values.text("patronymic", false, 100);
    String phone = values.text("phone", true, 20);
    if (phone != null && !phone.matches(PHONE)) {
      values.error("phone", "competition.applications.phone");
    }
    String email = values.text("email", false, 200);
    if (email != null && !email.matches(EMAIL)) {
      values.error("email", "value.notEmail");
    }
    String currentPost = values.text("currentPost", true, 300);
    return values.valid() ? new CompetitionRepository.NewCandidate(iin, surname, firstName, patronymic, phone, email,
        currentPost) : null;
  }
}
