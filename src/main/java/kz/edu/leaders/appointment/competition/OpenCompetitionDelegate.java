package kz.edu.leaders.appointment.competition;

import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.Reason;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Open the competition record": the next attempt for the vacancy (the business key), and the case's context
 * for the forms, read from the vacancy record because variables can be forged by any task submission.
 */
@Component
public class OpenCompetitionDelegate implements JavaDelegate {

  private final VacancyRepository vacancies;
  private final CompetitionRepository competitions;

  public OpenCompetitionDelegate(VacancyRepository vacancies, CompetitionRepository competitions) {
    this.vacancies = vacancies;
    this.competitions = competitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    VacancyRepository.Vacancy vacancy = vacancies.get(number);
    int attempt = competitions.attempts(number) + 1;
    String competitionId = number + "-C" + attempt;
    competitions.open(competitionId, number, attempt);
    vacancies.event(number, "COMPETITION_OPENED",
        Reason.forRecord(Reason.of("reason.competitionOpened", competitionId, attempt)), null);
    execution.setVariable("competitionId", competitionId);
    execution.setVariable("vacancyNumber", number);
    execution.setVariable("school", vacancy.school());
    execution.setVariable("regionName", vacancy.region().label());
    execution.setVariable("postName", vacancy.post().label());
    execution.setVariable("competitionAttempt", attempt);
  }
}
