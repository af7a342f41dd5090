package kz.edu.leaders.appointment.competition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import kz.edu.leaders.common.Reason;
import kz.edu.leaders.appointment.AppointmentSettings;
import org.springframework.stereotype.Component;

/**
 * How the competition commission decides by open vote (our defaults where the rules are not published, in
 * {@code leaders.appointment.competition}): a quorum of {@code quorumFraction} of the members must have voted,
 * else the session is held again. A candidate is supported with more votes for than against (a simple majority
 * of the votes cast); the supported candidate with the most votes for wins. Two or more supported candidates with
 * the top count, or, when no one is supported, candidates with as many votes for as against (and some for), are
 * a tie that the chair decides. Otherwise no one wins.
 */
@Component("competitionVoteRules")
public class CompetitionVoteRules {

  public enum Decision { WINNER, TIE, NO_WINNER, NO_QUORUM }

  private final double quorumFraction;

  public CompetitionVoteRules(AppointmentSettings settings) {
    this.quorumFraction = settings.getCompetition().getQuorumFraction();
  }

  /**
   * Members needed for a quorum. The product is taken to two decimals first, so a configured 0.6667 means two
   * thirds: 3 members need 2, not 3 (exact for commissions of fewer than 150).
   */
  public int quorum(int members) {
    BigDecimal share = BigDecimal.valueOf(members).multiply(BigDecimal.valueOf(quorumFraction))
        .setScale(2, RoundingMode.HALF_UP);
    return Math.max(1, share.setScale(0, RoundingMode.CEILING).intValueExact());
  }

  public Result decide(int members, int voters, List<CandidateVotes> candidates) {
    int quorum = quorum(members);
    List<Reason> counts = candidates.stream().map(CandidateVotes::describe).toList();
    if (voters < quorum) {
      return new Result(Decision.NO_QUORUM, null, List.of(), quorum,
          Reason.forRecord(Reason.of("reason.vote.noQuorum", voters, members, quorum)));
    }
    List<CandidateVotes> supported = candidates.stream().filter(c -> c.votesFor() > c.votesAgainst()).toList();
    if (!supported.isEmpty()) {
      int top = supported.stream().mapToInt(CandidateVotes::votesFor).max().orElseThrow();
      List<CandidateVotes> leaders = supported.stream().filter(c -> c.votesFor() == top).toList();
      if (leaders.size() == 1) {
        CandidateVotes winner = leaders.get(0);
        return new Result(Decision.WINNER, winner.candidateId(), List.of(), quorum,
            reason(counts, Reason.of("reason.vote.winner", voters, members, winner.name(), top)));
      }
      return tie(leaders, quorum, reason(counts, Reason.of("reason.vote.tiedLeaders", names(leaders), top)));
    }
    List<CandidateVotes> even = candidates.stream()
        .filter(c -> c.votesFor() == c.votesAgainst() && c.votesFor() > 0).toList();
    if (!even.isEmpty()) {
      return tie(even, quorum, reason(counts, Reason.of("reason.vote.evenTie", names(even))));
    }
    return new Result(Decision.NO_WINNER, null, List.of(), quorum, counts.isEmpty()
        ? Reason.forRecord(Reason.of("reason.vote.noneVotedOn"))
        : reason(counts, Reason.of("reason.vote.noneSupported")));
  }

  /** Each candidate's votes, then what follows from them. */
  private static String reason(List<Reason> counts, Reason decision) {
    List<Reason> parts = new ArrayList<>(counts);
    parts.add(decision);
    return Reason.forRecord(parts);
  }

  private static Result tie(List<CandidateVotes> tied, int quorum, String reason) {
    return new Result(Decision.TIE, null, tied.stream().map(CandidateVotes::candidateId).toList(), quorum, reason);
  }

  private static String names(List<CandidateVotes> candidates) {
    return candidates.stream().sorted(Comparator.comparing(CandidateVotes::name)).map(CandidateVotes::name)
        .collect(Collectors.joining(", "));
  }

  public record CandidateVotes(long candidateId, String name, int votesFor, int votesAgainst) {

    Reason describe() {
      return Reason.of("reason.vote.counts", name, votesFor, votesAgainst);
    }
  }

  /** The decision; the winner's id for WINNER, the tied candidates' ids for TIE. */
  public record Result(Decision decision, Long winnerId, List<Long> tied, int quorum, String reason) {}
}
