package kz.edu.leaders.appointment.competition;

import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Attach the recording" of the decided session (part of the public record). Also settles whether the
 * competition has a winner, from the record: the gateway after it must not trust a submitted variable.
 */
@Component("recordingSubmission")
public class RecordingSubmission extends FormSubmission<String> {

  private final CompetitionRepository competitions;
  private final VacancyRepository vacancies;

  public RecordingSubmission(CompetitionRepository competitions, VacancyRepository vacancies) {
    this.competitions = competitions;
    this.vacancies = vacancies;
  }

  @Override
  protected String read(DelegateExecution execution, Values values) {
    return SessionScheduleSubmission.httpsLink(values, "recordingLink");
  }

  @Override
  protected void record(DelegateExecution execution, String link) {
    String number = execution.getProcessBusinessKey();
    CompetitionRepository.Competition competition = competitions.current(number);
    competitions.setRecording(competition.id(), link);
    vacancies.event(number, "COMPETITION_RECORDING", competition.id() + ": recording " + link,
        CurrentUser.id(execution));
    execution.setVariable(CompetitionOutcomeListener.VARIABLE, competition.winnerCandidateId() == null
        ? CompetitionOutcomeListener.NO_WINNER : CompetitionOutcomeListener.WINNER);
  }
}
