package kz.edu.leaders.competition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** "Record attendance at the session", by the commission's secretary: who of the invited came, who did not. */
@Component("attendanceSubmission")
public class AttendanceSubmission implements ExecutionListener {

  static final String VARIABLE = "attendance";

  enum Presence { PRESENT, NO_SHOW }

  private final CompetitionRepository competitions;
  private final CompetitionSessionRepository sessions;
  private final VacancyRepository vacancies;

  public AttendanceSubmission(CompetitionRepository competitions, CompetitionSessionRepository sessions,
                              VacancyRepository vacancies) {
    this.competitions = competitions;
    this.sessions = sessions;
    this.vacancies = vacancies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String number = execution.getProcessBusinessKey();
    String competitionId = competitions.current(number).id();
    List<CompetitionRepository.Candidate> candidates =
        competitions.candidates(competitionId, List.of(CandidateStatus.INVITED));
    List<FieldError> errors = new ArrayList<>();
    Map<Long, Presence> presence = Rows.answers(execution, VARIABLE, candidates,
        row -> row.values().choice("presence", Presence.class), errors);
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    int present = 0;
    for (CompetitionRepository.Candidate candidate : candidates) {
      boolean came = presence.get(candidate.id()) == Presence.PRESENT;
      competitions.setAttended(candidate.id(), came, came ? CandidateStatus.PRESENT : CandidateStatus.NO_SHOW);
      present += came ? 1 : 0;
    }
    vacancies.event(number, "COMPETITION_ATTENDANCE", competitionId + " session round "
        + sessions.lastRound(competitionId) + ": " + present + " of " + candidates.size() + " candidate(s) present",
        CurrentUser.id(execution));
    execution.removeVariable(VARIABLE);
    execution.setVariable("candidatesInTheRunning", present);
  }
}
