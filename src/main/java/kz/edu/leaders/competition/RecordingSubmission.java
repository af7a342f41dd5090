package kz.edu.leaders.competition;

import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * "Attach the recording" of the decided session (part of the public record). Also settles whether the
 * competition has a winner, from the record: the gateway after it must not trust a submitted variable.
 */
@Component("recordingSubmission")
public class RecordingSubmission implements ExecutionListener {

  private final CompetitionRepository competitions;
  private final VacancyRepository vacancies;

  public RecordingSubmission(CompetitionRepository competitions, VacancyRepository vacancies) {
    this.competitions = competitions;
    this.vacancies = vacancies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    String link = SessionScheduleSubmission.httpsLink(new Values(execution.getVariables(), errors), "recordingLink",
        errors);
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    String number = execution.getProcessBusinessKey();
    CompetitionRepository.Competition competition = competitions.current(number);
    competitions.setRecording(competition.id(), link);
    vacancies.event(number, "COMPETITION_RECORDING", competition.id() + ": recording " + link,
        CurrentUser.id(execution));
    execution.setVariable(CompetitionOutcomeListener.VARIABLE, competition.winnerCandidateId() == null
        ? CompetitionOutcomeListener.NO_WINNER : CompetitionOutcomeListener.WINNER);
  }
}
