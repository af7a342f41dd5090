package kz.edu.leaders.competition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.selection.Iin;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Record applications": the candidates who applied, once the application window has closed. Each row is
 * checked as the form checks it, plus the IIN's check digit and duplicates. Personal data goes to
 * competition_candidate only; the submitted list leaves the process variables.
 */
@Component("applicationsSubmission")
public class ApplicationsSubmission implements ExecutionListener {

  static final String VARIABLE = "candidates";
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

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String number = execution.getProcessBusinessKey();
    CompetitionRepository.Competition competition = competitions.current(number);
    if (ClockUtil.getCurrentTime().before(calendar.endOf(competition.applicationsUntil()))) {
      throw new InvalidSubmissionException(VARIABLE, "applications are open until "
          + competition.applicationsUntil() + " inclusive: record them after that day");
    }
    List<Map<String, Object>> rows = Rows.read(execution, VARIABLE);
    List<FieldError> errors = new ArrayList<>();
    List<CompetitionRepository.NewCandidate> candidates = new ArrayList<>();
    Map<String, Integer> iins = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      List<FieldError> rowErrors = new ArrayList<>();
      Map<String, Object> row = rows.get(i) == null ? Map.of() : rows.get(i);
      CompetitionRepository.NewCandidate candidate = candidate(row, rowErrors);
      if (row.get("iin") instanceof String iin && Iin.isValid(iin.strip())) {
        Integer first = iins.putIfAbsent(iin.strip(), i);
        if (first != null) {
          rowErrors.add(new FieldError("iin", "the same IIN as row " + (first + 1)));
        }
      }
      int index = i;
      rowErrors.forEach(e -> errors.add(new FieldError(Rows.field(VARIABLE, index, e.field()), e.message())));
      if (rowErrors.isEmpty()) {
        candidates.add(candidate);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    candidates.forEach(candidate -> competitions.addCandidate(competition.id(), candidate));
    vacancies.event(number, "COMPETITION_APPLICATIONS", candidates.size() + " application(s) to " + competition.id(),
        CurrentUser.id(execution));
    execution.removeVariable(VARIABLE);
    execution.setVariable("candidatesInTheRunning", candidates.size());
  }

  private static CompetitionRepository.NewCandidate candidate(Map<String, Object> row, List<FieldError> errors) {
    Values values = new Values(row, errors);
    String iin = values.text("iin", true, 12);
    if (iin != null && Iin.problem(iin) != null) {
      errors.add(new FieldError("iin", "IIN " + Iin.problem(iin)));
    }
    String surname = values.text("surname", true, 100);
    String firstName = values.text("firstName", true, 100);
    String patronymic = values.text("patronymic", false, 100);
    String phone = values.text("phone", true, 20);
    if (phone != null && !phone.matches(PHONE)) {
      errors.add(new FieldError("phone", "must be written +7 and 10 digits, e.g. +77011234567"));
    }
    String email = values.text("email", false, 200);
    if (email != null && !email.matches(EMAIL)) {
      errors.add(new FieldError("email", "must be an e-mail address"));
    }
    String currentPost = values.text("currentPost", true, 300);
    return errors.isEmpty() ? new CompetitionRepository.NewCandidate(iin, surname, firstName, patronymic, phone, email,
        currentPost) : null;
  }
}
