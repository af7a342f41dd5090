package kz.edu.leaders.appointment;

import kz.edu.leaders.competition.CompetitionRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Facts about a case the BPMN's conditions ask for by name, read from the records (a submitted variable
 * could claim otherwise): {@code ${vacancyCases.departmentActed(execution)}}.
 */
@Component("vacancyCases")
public class VacancyCases {

  private final VacancyRepository vacancies;
  private final CompetitionRepository competitions;
  private final AppointmentSettings settings;

  public VacancyCases(VacancyRepository vacancies, CompetitionRepository competitions, AppointmentSettings settings) {
    this.vacancies = vacancies;
    this.competitions = competitions;
    this.settings = settings;
  }

  /** The regional department chose a path: offered the post to a reservist or opened a competition. */
  public boolean departmentActed(DelegateExecution execution) {
    return vacancies.get(execution.getProcessBusinessKey()).path() != null;
  }

  /** As many competitions as {@code appointmentSettings.competition.announcementLimit} ended without a winner. */
  public boolean announcementLimitReached(DelegateExecution execution) {
    return competitions.attempts(execution.getProcessBusinessKey())
        >= settings.getCompetition().getAnnouncementLimit();
  }
}
