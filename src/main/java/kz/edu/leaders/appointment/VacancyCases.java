package kz.edu.leaders.appointment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Facts about a case the BPMN's conditions ask for by name, read from the records (a submitted variable
 * could claim otherwise): {@code ${vacancyCases.departmentActed(execution)}}.
 */
@Component("vacancyCases")
public class VacancyCases {

  private final VacancyRepository vacancies;
  private final CompetitionResults competitions;
  private final AppointmentSettings settings;

  public VacancyCases(VacancyRepository vacancies, CompetitionResults competitions, AppointmentSettings settings) {
    this.vacancies = vacancies;
    this.competitions = competitions;
    this.settings = settings;
  }

  /** The regional department chose a path: offered the post to a reservist or opened a competition. */
  public boolean departmentActed(DelegateExecution execution) {
    return vacancies.get(execution.getProcessBusinessKey()).path() != null;
  }

  /** How many competitions were announced for the case so far (shown to the regional head). */
  public int competitionAttempts(DelegateExecution execution) {
    return competitions.attempts(execution.getProcessBusinessKey());
  }

  /** As many competitions as {@code appointmentSettings.competition.announcementLimit} ended without a winner. */
  public boolean announcementLimitReached(DelegateExecution execution) {
    return competitions.attempts(execution.getProcessBusinessKey())
        >= settings.getCompetition().getAnnouncementLimit();
  }
}
