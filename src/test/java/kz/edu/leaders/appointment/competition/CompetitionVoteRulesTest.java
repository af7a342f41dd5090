package kz.edu.leaders.appointment.competition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.edu.leaders.appointment.AppointmentSettings;
import kz.edu.leaders.appointment.competition.CompetitionVoteRules.CandidateVotes;
import kz.edu.leaders.appointment.competition.CompetitionVoteRules.Decision;
import org.junit.jupiter.api.Test;

class CompetitionVoteRulesTest {

  final CompetitionVoteRules rules = rules(0.6667);

  static CompetitionVoteRules rules(double quorumFraction) {
    AppointmentSettings settings = new AppointmentSettings();
    settings.getCompetition().setQuorumFraction(quorumFraction);
    return new CompetitionVoteRules(settings);
  }

  static CandidateVotes votes(long id, String name, int votesFor, int against) {
    return new CandidateVotes(id, name, votesFor, against);
  }

  @Test
  void theQuorumIsTwoThirdsRoundedUpWhetherConfiguredAsADecimalOrExactly() {
    for (CompetitionVoteRules twoThirds : List.of(rules, rules(2.0 / 3.0))) {
      assertThat(twoThirds.quorum(3)).isEqualTo(2);
      assertThat(twoThirds.quorum(4)).isEqualTo(3);
      assertThat(twoThirds.quorum(15)).isEqualTo(10);
      assertThat(twoThirds.quorum(30)).isEqualTo(20);
      assertThat(twoThirds.quorum(1)).isEqualTo(1);
    }
    assertThat(rules(0.5).quorum(4)).isEqualTo(2);
  }

  @Test
  void withoutAQuorumTheSessionIsHeldAgain() {
    var result = rules.decide(4, 2, List.of(votes(1, "Ivanova A.", 2, 0)));

    assertThat(result.decision()).isEqualTo(Decision.NO_QUORUM);
    assertThat(result.reason()).isEqualTo("2 of 4 members voted; the quorum is 3: the session is held again");
  }

  @Test
  void theSupportedCandidateWithTheMostVotesForWins() {
    var result = rules.decide(5, 5, List.of(votes(1, "Ivanova A.", 4, 1), votes(2, "Petrov B.", 3, 2),
        votes(3, "Serikova D.", 1, 4)));

    assertThat(result.decision()).isEqualTo(Decision.WINNER);
    assertThat(result.winnerId()).isEqualTo(1L);
    assertThat(result.reason()).isEqualTo("Ivanova A.: 4 for, 1 against; Petrov B.: 3 for, 2 against; "
        + "Serikova D.: 1 for, 4 against. 5 of 5 members voted; winner: Ivanova A., supported with 4 for, the most");
  }

  @Test
  void aMajorityOfTheVotesCastIsEnoughWhenSomeMembersDidNotVote() {
    var result = rules.decide(4, 3, List.of(votes(1, "Ivanova A.", 2, 1)));

    assertThat(result.decision()).isEqualTo(Decision.WINNER);
  }

  @Test
  void supportedCandidatesSharingTheTopCountGoToTheChair() {
    var result = rules.decide(4, 4, List.of(votes(1, "Ivanova A.", 3, 1), votes(2, "Petrov B.", 3, 1),
        votes(3, "Serikova D.", 1, 3)));

    assertThat(result.decision()).isEqualTo(Decision.TIE);
    assertThat(result.tied()).containsExactly(1L, 2L);
    assertThat(result.reason()).endsWith("Ivanova A., Petrov B. are supported with 3 votes for each: the chair decides");
  }

  @Test
  void asManyForAsAgainstIsATieWhenNoOneIsSupported() {
    var result = rules.decide(4, 4, List.of(votes(1, "Ivanova A.", 2, 2), votes(2, "Petrov B.", 1, 3)));

    assertThat(result.decision()).isEqualTo(Decision.TIE);
    assertThat(result.tied()).containsExactly(1L);
    assertThat(result.reason()).contains("No candidate has more votes for than against; Ivanova A. has as many for as "
        + "against: the chair decides");
  }

  @Test
  void anEvenSplitDoesNotBeatASupportedCandidate() {
    var result = rules.decide(4, 4, List.of(votes(1, "Ivanova A.", 2, 2), votes(2, "Petrov B.", 3, 1)));

    assertThat(result.decision()).isEqualTo(Decision.WINNER);
    assertThat(result.winnerId()).isEqualTo(2L);
  }

  @Test
  void noWinnerWhenEveryoneHasMoreVotesAgainst() {
    var result = rules.decide(4, 4, List.of(votes(1, "Ivanova A.", 1, 3), votes(2, "Petrov B.", 0, 4)));

    assertThat(result.decision()).isEqualTo(Decision.NO_WINNER);
    assertThat(result.reason()).isEqualTo("Ivanova A.: 1 for, 3 against; Petrov B.: 0 for, 4 against. "
        + "No candidate has more votes for than against");
  }
}
