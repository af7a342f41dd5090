package kz.edu.leaders.competition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * "Open vote": one commission member's ballot, for or against each candidate present at the session. The voter
 * is the logged-in member the task belongs to (the engine lets only the assignee complete it); the round is the
 * open one on record. Every vote is recorded with who and when; the ballot leaves the process variables.
 */
@Component("competitionVoteSubmission")
public class VoteSubmission implements ExecutionListener {

  static final String VARIABLE = "ballot";

  enum Vote { FOR, AGAINST }

  private final CompetitionRepository competitions;
  private final CompetitionSessionRepository sessions;

  public VoteSubmission(CompetitionRepository competitions, CompetitionSessionRepository sessions) {
    this.competitions = competitions;
    this.sessions = sessions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled() || execution.getCurrentActivityId().endsWith("#multiInstanceBody")) {
      return;
    }
    String member = (String) execution.getVariableLocal("member");
    String user = CurrentUser.id(execution);
    if (user != null && !user.equals(member)) {
      throw new InvalidSubmissionException("member", "this ballot belongs to " + member + "; " + user
          + " may vote only in their own task");
    }
    String competitionId = competitions.current(execution.getProcessBusinessKey()).id();
    int round = sessions.lastRound(competitionId);
    if (sessions.hasVoted(competitionId, round, member)) {
      throw new InvalidSubmissionException("member", member + " has already voted in session round " + round);
    }
    List<CompetitionRepository.Candidate> candidates =
        competitions.candidates(competitionId, List.of(CandidateStatus.PRESENT));
    List<FieldError> errors = new ArrayList<>();
    Map<Long, Vote> votes = Rows.answers(execution, VARIABLE, candidates,
        row -> row.values().choice("vote", Vote.class), errors);
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    votes.forEach((candidateId, vote) -> sessions.vote(competitionId, round, member, candidateId, vote.name()));
    execution.removeVariable(VARIABLE);
  }
}
