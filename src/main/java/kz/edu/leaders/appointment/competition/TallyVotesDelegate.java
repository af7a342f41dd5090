package kz.edu.leaders.appointment.competition;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.VacancyRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Tally the votes": applies {@link CompetitionVoteRules} to the round's votes (all members voted, or voting
 * closed), records each candidate's counts and the session's decision, and offers a tie to the chair.
 */
@Component
public class TallyVotesDelegate implements JavaDelegate {

  static final String NOBODY = "NOBODY";

  private final CompetitionRepository competitions;
  private final CompetitionSessionRepository sessions;
  private final CompetitionVoteRules rules;
  private final VacancyRepository vacancies;

  public TallyVotesDelegate(CompetitionRepository competitions, CompetitionSessionRepository sessions,
                            CompetitionVoteRules rules, VacancyRepository vacancies) {
    this.competitions = competitions;
    this.sessions = sessions;
    this.rules = rules;
    this.vacancies = vacancies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String competitionId = competitions.current(number).id();
    int round = sessions.lastRound(competitionId);
    List<CompetitionRepository.Candidate> candidates =
        competitions.candidates(competitionId, List.of(CandidateStatus.PRESENT));
    CompetitionVoteRules.Result result = decide(competitionId, round, candidates);
    Map<Long, Map<String, Integer>> tally = sessions.tally(competitionId, round);
    for (CompetitionRepository.Candidate candidate : candidates) {
      Map<String, Integer> votes = tally.getOrDefault(candidate.id(), Map.of());
      competitions.setVotes(candidate.id(), votes.getOrDefault(CompetitionSessionRepository.FOR, 0),
          votes.getOrDefault(CompetitionSessionRepository.AGAINST, 0));
    }
    sessions.decide(competitionId, round, result.decision().name(), result.reason(),
        sessions.voters(competitionId, round));
    competitions.setWinner(competitionId, result.winnerId());
    vacancies.event(number, "COMPETITION_VOTE", competitionId + " session round " + round + ": "
        + result.decision() + ". " + result.reason(), null);
    execution.setVariable("sessionDecision", result.decision().name());
    execution.setVariable("sessionReason", result.reason());
    if (result.decision() == CompetitionVoteRules.Decision.TIE) {
      execution.setVariable("tieOptions", Rows.json(tieOptions(candidates, result.tied())));
    }
  }

  /** The rules applied to the round as recorded: also how the chair's choice is checked against the tie. */
  CompetitionVoteRules.Result decide(String competitionId, int round, List<CompetitionRepository.Candidate> present) {
    Map<Long, Map<String, Integer>> tally = sessions.tally(competitionId, round);
    List<CompetitionVoteRules.CandidateVotes> votes = present.stream().map(candidate -> {
      Map<String, Integer> counts = tally.getOrDefault(candidate.id(), Map.of());
      return new CompetitionVoteRules.CandidateVotes(candidate.id(), candidate.shortName(),
          counts.getOrDefault(CompetitionSessionRepository.FOR, 0),
          counts.getOrDefault(CompetitionSessionRepository.AGAINST, 0));
    }).toList();
    return rules.decide(sessions.session(competitionId, round).members(), sessions.voters(competitionId, round), votes);
  }

  private static List<Map<String, String>> tieOptions(List<CompetitionRepository.Candidate> candidates,
                                                      List<Long> tied) {
    List<Map<String, String>> options = new java.util.ArrayList<>(candidates.stream()
        .filter(candidate -> tied.contains(candidate.id()))
        .map(candidate -> Map.of("label", candidate.fullName(), "value", String.valueOf(candidate.id())))
        .toList());
    options.add(Map.of("label", "Nobody: no winner / Никто: победителя нет", "value", NOBODY));
    return options;
  }
}
