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
 * "Chair decides the tie": one of the tied candidates, or nobody, with a reason. The tie is worked out again
 * from the recorded votes, so only a candidate who is really tied can be chosen.
 */
@Component("competitionChairSubmission")
public class ChairTieSubmission implements ExecutionListener {

  private final CompetitionRepository competitions;
  private final CompetitionSessionRepository sessions;
  private final TallyVotesDelegate tally;
  private final VacancyRepository vacancies;

  public ChairTieSubmission(CompetitionRepository competitions, CompetitionSessionRepository sessions,
                            TallyVotesDelegate tally, VacancyRepository vacancies) {
    this.competitions = competitions;
    this.sessions = sessions;
    this.tally = tally;
    this.vacancies = vacancies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String number = execution.getProcessBusinessKey();
    String competitionId = competitions.current(number).id();
    int round = sessions.lastRound(competitionId);
    List<CompetitionRepository.Candidate> present =
        competitions.candidates(competitionId, List.of(CandidateStatus.PRESENT));
    CompetitionVoteRules.Result result = tally.decide(competitionId, round, present);
    List<FieldError> errors = new ArrayList<>();
    Values values = new Values(execution.getVariables(), errors);
    String choice = values.text("chairChoice", true, 32);
    CompetitionRepository.Candidate chosen = present.stream()
        .filter(c -> result.tied().contains(c.id()) && String.valueOf(c.id()).equals(choice)).findFirst().orElse(null);
    if (choice != null && chosen == null && !TallyVotesDelegate.NOBODY.equals(choice)) {
      errors.add(new FieldError("chairChoice", "must be one of the tied candidates, or NOBODY"));
    }
    String reason = values.text("chairReason", true, 1000);
    if (reason != null && reason.length() < 10) {
      errors.add(new FieldError("chairReason", "must be at least 10 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    String chair = CurrentUser.id(execution);
    String decision = chosen == null ? CompetitionVoteRules.Decision.NO_WINNER.name()
        : CompetitionVoteRules.Decision.WINNER.name();
    String explained = result.reason() + ". The chair chose "
        + (chosen == null ? "nobody" : chosen.shortName()) + ": " + reason;
    sessions.chairDecides(competitionId, round, decision, explained, chair);
    competitions.setWinner(competitionId, chosen == null ? null : chosen.id());
    vacancies.event(number, "COMPETITION_CHAIR_DECISION", competitionId + ": " + explained, chair);
    execution.setVariable("sessionDecision", decision);
    execution.setVariable("sessionReason", explained);
    execution.removeVariable("tieOptions");
  }
}
