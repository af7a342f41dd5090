package kz.edu.leaders.appointment.competition;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Open vote": one commission member's ballot, for or against each candidate present at the session. The voter
 * is the logged-in member the task belongs to (the engine lets only the assignee complete it); the round is the
 * open one on record. Every vote is recorded with who and when; the ballot leaves the process variables.
 */
@Component
public class VoteSubmission extends FormSubmission<VoteSubmission.Ballot> {

  public static final String VARIABLE = "ballot";

  enum Vote { FOR, AGAINST }

  private final CompetitionRepository competitions;
  private final CompetitionSessionRepository sessions;

  public VoteSubmission(CompetitionRepository competitions, CompetitionSessionRepository sessions) {
    this.competitions = competitions;
    this.sessions = sessions;
  }

  record Ballot(String competitionId, int round, String member, Map<Long, Vote> votes) {}

  @Override
  protected Ballot read(DelegateExecution execution, Values values) {
    String member = (String) execution.getVariableLocal("member");
    String user = CurrentUser.id(execution);
    String competitionId = competitions.current(execution.getProcessBusinessKey()).id();
    int round = sessions.lastRound(competitionId);
    if (user != null && !user.equals(member)) {
      values.error("member", "competition.vote.notYourBallot", member, user);
      return null;
    }
    if (sessions.hasVoted(competitionId, round, member)) {
      values.error("member", "competition.vote.alreadyVoted", member, round);
      return null;
    }
    List<CompetitionRepository.Candidate> candidates =
        competitions.candidates(competitionId, List.of(CandidateStatus.PRESENT));
    Map<Long, Vote> votes = Rows.answers(execution, VARIABLE, candidates,
        row -> row.values().choice("vote", Vote.class), values.errors());
    return new Ballot(competitionId, round, member, votes);
  }

  @Override
  protected void record(DelegateExecution execution, Ballot ballot) {
    ballot.votes().forEach((candidateId, vote) ->
        sessions.vote(ballot.competitionId(), ballot.round(), ballot.member(), candidateId, vote.name()));
    execution.removeVariable(VARIABLE);
  }
}
