package kz.edu.leaders.appointment;

import java.time.LocalDate;
import java.time.Period;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.domain.Position;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Assign the acting head": a deputy or teacher acts as head from the vacancy until the post is filled, for at
 * most {@code appointmentSettings.actingHead.maxMonths} (3) months and only once (the record refuses a second).
 * Sets the dates of the reminder and of the limit for the timers.
 */
@Component("actingHeadSubmission")
public class ActingHeadSubmission extends FormSubmission<ActingHeadSubmission.ActingHead> {

  private final VacancyRepository vacancies;
  private final AppointmentSettings settings;
  private final CaseCalendar calendar;

  public ActingHeadSubmission(VacancyRepository vacancies, AppointmentSettings settings, CaseCalendar calendar) {
    this.vacancies = vacancies;
    this.settings = settings;
    this.calendar = calendar;
  }

  record ActingHead(String name, Position post, LocalDate from, LocalDate until) {}

  @Override
  protected ActingHead read(DelegateExecution execution, Values values) {
    VacancyRepository.Vacancy vacancy = vacancies.get(execution.getProcessBusinessKey());
    String name = values.text("actingHeadName", true, 3, 200);
    Position post = values.choice("actingHeadPost", Position.class);
    LocalDate from = values.date("actingFrom");
    LocalDate until = values.date("actingUntil");
    int maxMonths = settings.getActingHead().getMaxMonths();
    if (from != null && from.isBefore(vacancy.vacatedOn())) {
      values.error("actingFrom", "appointment.acting.beforeVacancy", vacancy.vacatedOn());
    }
    if (from != null && from.isAfter(calendar.today().plusMonths(1))) {
      values.error("actingFrom", "appointment.acting.tooFarAhead");
    }
    if (from != null && until != null && !until.isAfter(from)) {
      values.error("actingUntil", "appointment.acting.endBeforeStart", from);
    } else if (from != null && until != null && until.isAfter(from.plusMonths(maxMonths))) {
      values.error("actingUntil", "appointment.acting.tooLong", maxMonths, from.plusMonths(maxMonths));
    }
    return new ActingHead(name, post, from, until);
  }

  @Override
  protected void record(DelegateExecution execution, ActingHead acting) {
    String number = execution.getProcessBusinessKey();
    if (!vacancies.assignActingHead(number, acting.name(), acting.post().label(), acting.from(), acting.until(),
        CurrentUser.id(execution))) {
      throw InvalidSubmissionException.of("actingHeadName", "appointment.acting.onlyOnce");
    }
    vacancies.event(number, "ACTING_HEAD_ASSIGNED", acting.name() + " (" + acting.post().label() + "), "
        + acting.from() + " to " + acting.until(), CurrentUser.id(execution));
    LocalDate reminder = acting.until().minus(Period.parse(settings.getActingHead().getReminderBefore()));
    execution.setVariable("actingHeadName", acting.name());
    execution.setVariable("actingHeadPost", acting.post().label());
    execution.setVariable("actingFrom", acting.from().toString());
    execution.setVariable("actingUntil", acting.until().toString());
    execution.setVariable("actingReminderAt", calendar.startOf(reminder.isBefore(acting.from()) ? acting.from() : reminder));
    execution.setVariable("actingTermEnds", calendar.startOf(acting.until().plusDays(1)));
  }
}
