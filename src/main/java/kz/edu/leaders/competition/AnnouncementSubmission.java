package kz.edu.leaders.competition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.appointment.AppointmentSettings;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * "Publish the announcement": the date and the text (or link) of the announcement. Applications are taken for
 * {@code appointmentSettings.competition.applicationWindowDays} days after it, a date the officer sees next.
 */
@Component("announcementSubmission")
public class AnnouncementSubmission implements ExecutionListener {

  private final CompetitionRepository competitions;
  private final VacancyRepository vacancies;
  private final AppointmentSettings settings;
  private final CompetitionCalendar calendar;

  public AnnouncementSubmission(CompetitionRepository competitions, VacancyRepository vacancies,
                                AppointmentSettings settings, CompetitionCalendar calendar) {
    this.competitions = competitions;
    this.vacancies = vacancies;
    this.settings = settings;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    Values values = new Values(execution.getVariables(), errors);
    LocalDate announcedOn = values.date("announcedOn");
    String text = values.text("announcementText", true, 4000);
    if (text != null && text.length() < 10) {
      errors.add(new FieldError("announcementText", "must be at least 10 characters"));
    }
    // Recorded after publication: not in the future, and not before the post fell vacant.
    LocalDate vacatedOn = vacancies.get(execution.getProcessBusinessKey()).vacatedOn();
    if (announcedOn != null && (announcedOn.isBefore(vacatedOn) || announcedOn.isAfter(calendar.today()))) {
      errors.add(new FieldError("announcedOn", "must be between the vacancy (" + vacatedOn + ") and today ("
          + calendar.today() + ")"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    String number = execution.getProcessBusinessKey();
    CompetitionRepository.Competition competition = competitions.current(number);
    LocalDate until = announcedOn.plusDays(settings.getCompetition().getApplicationWindowDays());
    String officer = CurrentUser.id(execution);
    competitions.announce(competition.id(), announcedOn, until, text, officer);
    vacancies.event(number, "COMPETITION_ANNOUNCED", competition.id() + " announced on " + announcedOn
        + "; applications until " + until, officer);
    execution.setVariable("announcedOn", announcedOn.toString());
    execution.setVariable("applicationsUntil", until.toString());
  }
}
