package kz.edu.leaders.appointment;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.selection.Position;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * "Assign the acting head": a deputy or teacher acts as head from the vacancy until the post is filled, for at
 * most {@code appointmentSettings.actingHead.maxMonths} (3) months and only once (the record refuses a second).
 * Sets the dates of the reminder and of the limit for the timers.
 */
@Component("actingHeadSubmission")
public class ActingHeadSubmission implements ExecutionListener {

  private final VacancyRepository vacancies;
  private final AppointmentSettings settings;
  private final CaseCalendar calendar;

  public ActingHeadSubmission(VacancyRepository vacancies, AppointmentSettings settings, CaseCalendar calendar) {
    this.vacancies = vacancies;
    this.settings = settings;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String number = execution.getProcessBusinessKey();
    VacancyRepository.Vacancy vacancy = vacancies.get(number);
    List<FieldError> errors = new ArrayList<>();
    Values values = new Values(execution.getVariables(), errors);
    String name = values.text("actingHeadName", true, 200);
    if (name != null && name.length() < 3) {
      errors.add(new FieldError("actingHeadName", "must be at least 3 characters"));
    }
    Position post = values.choice("actingHeadPost", Position.class);
    LocalDate from = values.date("actingFrom");
    LocalDate until = values.date("actingUntil");
    int maxMonths = settings.getActingHead().getMaxMonths();
    if (from != null && from.isBefore(vacancy.vacatedOn())) {
      errors.add(new FieldError("actingFrom", "must not be before the post fell vacant (" + vacancy.vacatedOn() + ")"));
    }
    if (from != null && from.isAfter(calendar.today().plusMonths(1))) {
      errors.add(new FieldError("actingFrom", "must be within a month from today"));
    }
    if (from != null && until != null && !until.isAfter(from)) {
      errors.add(new FieldError("actingUntil", "must be after the start (" + from + ")"));
    } else if (from != null && until != null && until.isAfter(from.plusMonths(maxMonths))) {
      errors.add(new FieldError("actingUntil", "an acting head serves at most " + maxMonths + " months: until "
          + from.plusMonths(maxMonths) + " at the latest"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    if (!vacancies.assignActingHead(number, name, post.label(), from, until, CurrentUser.id(execution))) {
      throw new InvalidSubmissionException("actingHeadName",
          "an acting head was already assigned for this vacancy; the rules allow it only once");
    }
    vacancies.event(number, "ACTING_HEAD_ASSIGNED", name + " (" + post.label() + "), " + from + " to " + until,
        CurrentUser.id(execution));
    LocalDate reminder = until.minus(Period.parse(settings.getActingHead().getReminderBefore()));
    execution.setVariable("actingHeadName", name);
    execution.setVariable("actingHeadPost", post.label());
    execution.setVariable("actingFrom", from.toString());
    execution.setVariable("actingUntil", until.toString());
    execution.setVariable("actingReminderAt", calendar.startOf(reminder.isBefore(from) ? from : reminder));
    execution.setVariable("actingTermEnds", calendar.startOf(until.plusDays(1)));
  }
}
