package kz.edu.leaders.appointment.competition;

import java.util.List;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Chair decides the tie": one of the tied candidates, or nobody, with a reason. The tie is worked out again
 * from the recorded votes, so only a candidate who is really tied can be chosen.
 */
@Component
public class ChairTieSubmission extends FormSubmission<ChairTieSubmission.TieDecision> {

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

  record TieDecision(String competitionId, int round, CompetitionVoteRules.Result result,
                     CompetitionRepository.Candidate chosen, String reason) {}

  @Override
  protected TieDecision read(DelegateExecution execution, Values values) {
    String competitionId = competitions.current(execution.getProcessBusinessKey()).id();
    int round = sessions.lastRound(competitionId);
    List<CompetitionRepository.Candidate> present =
        competitions.candidates(competitionId, List.of(CandidateStatus.PRESENT));
    CompetitionVoteRules.Result result = tally.decide(competitionId, round, present);
    String choice = values.text("chairChoice", true, 32);
    CompetitionRepository.Candidate chosen = present.stream()
        .filter(c -> result.tied().contains(c.id()) && String.valueOf(c.id()).equals(choice)).findFirst().orElse(null);
    if (choice != null && chosen == null && !TallyVotesDelegate.NOBODY.equals(choice)) {
      values.error("chairChoice", "competition.chair.notTied");
    }
    return new TieDecision(competitionId, round, result, chosen, values.text("chairReason", true, 10, 1000));
  }

  @Override
  protected void record(DelegateExecution execution, TieDecision tie) {
    String chair = CurrentUser.id(execution);
    CompetitionRepository.Candidate chosen = tie.chosen();
    String decision = chosen == null ? CompetitionVoteRules.Decision.NO_WINNER.name()
        : CompetitionVoteRules.Decision.WINNER.name();
    String explained = tie.result().reason() + ". The chair chose "
        + (chosen == null ? "nobody" : chosen.shortName()) + ": " + tie.reason();
    sessions.chairDecides(tie.competitionId(), tie.round(), decision, explained, chair);
    competitions.setWinner(tie.competitionId(), chosen == null ? null : chosen.id());
    vacancies.event(execution.getProcessBusinessKey(), "COMPETITION_CHAIR_DECISION", tie.competitionId() + ": "
        + explained, chair);
    execution.setVariable("sessionDecision", decision);
    execution.setVariable("sessionReason", explained);
    execution.removeVariable("tieOptions");
  }
}
