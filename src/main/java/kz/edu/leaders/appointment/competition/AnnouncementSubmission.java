package kz.edu.leaders.appointment.competition;

import java.time.LocalDate;
import kz.edu.leaders.appointment.AppointmentSettings;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Publish the announcement": the date and the text (or link) of the announcement. Applications are taken for
 * {@code appointmentSettings.competition.applicationWindowDays} days after it, a date the officer sees next.
 */
@Component("announcementSubmission")
public class AnnouncementSubmission extends FormSubmission<AnnouncementSubmission.Announcement> {

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

  record Announcement(LocalDate announcedOn, String text) {}

  @Override
  protected Announcement read(DelegateExecution execution, Values values) {
    LocalDate announcedOn = values.date("announcedOn");
    String text = values.text("announcementText", true, 10, 4000);
    // Recorded after publication: not in the future, and not before the post fell vacant.
    LocalDate vacatedOn = vacancies.get(execution.getProcessBusinessKey()).vacatedOn();
    if (announcedOn != null && (announcedOn.isBefore(vacatedOn) || announcedOn.isAfter(calendar.today()))) {
      values.error("announcedOn", "competition.announcedOn", vacatedOn, calendar.today());
    }
    return new Announcement(announcedOn, text);
  }

  @Override
  protected void record(DelegateExecution execution, Announcement announcement) {
    String number = execution.getProcessBusinessKey();
    CompetitionRepository.Competition competition = competitions.current(number);
    LocalDate until = announcement.announcedOn().plusDays(settings.getCompetition().getApplicationWindowDays());
    String officer = CurrentUser.id(execution);
    competitions.announce(competition.id(), announcement.announcedOn(), until, announcement.text(), officer);
    vacancies.event(number, "COMPETITION_ANNOUNCED", competition.id() + " announced on " + announcement.announcedOn()
        + "; applications until " + until, officer);
    execution.setVariable("announcedOn", announcement.announcedOn().toString());
    execution.setVariable("applicationsUntil", until.toString());
  }
}
