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
    assertThat(result.reason()).isEqualTo("4 мүшенің 2 мүшесі дауыс берді; кворум — 3: отырыс қайта өткізіледі / "
        + "проголосовали 2 из 4 членов; кворум — 3: заседание проводится повторно");
  }

  @Test
  void theSupportedCandidateWithTheMostVotesForWins() {
    var result = rules.decide(5, 5, List.of(votes(1, "Ivanova A.", 4, 1), votes(2, "Petrov B.", 3, 2),
        votes(3, "Serikova D.", 1, 4)));

    assertThat(result.decision()).isEqualTo(Decision.WINNER);
    assertThat(result.winnerId()).isEqualTo(1L);
    assertThat(result.reason()).endsWith("/ Ivanova A.: за 4, против 1; Petrov B.: за 3, против 2; "
        + "Serikova D.: за 1, против 4; проголосовали 5 из 5 членов; победитель: Ivanova A., больше всех голосов «за» — 4")
        .startsWith("Ivanova A.: жақтап 4, қарсы 1; Petrov B.: жақтап 3, қарсы 2; Serikova D.: жақтап 1, қарсы 4; "
        + "5 мүшенің 5 мүшесі дауыс берді; жеңімпаз: Ivanova A., ең көп — 4 дауыс жақтап /");
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
    assertThat(result.reason()).endsWith("; Ivanova A., Petrov B.: у каждого по 3 голосов «за»: решает председатель");
  }

  @Test
  void asManyForAsAgainstIsATieWhenNoOneIsSupported() {
    var result = rules.decide(4, 4, List.of(votes(1, "Ivanova A.", 2, 2), votes(2, "Petrov B.", 1, 3)));

    assertThat(result.decision()).isEqualTo(Decision.TIE);
    assertThat(result.tied()).containsExactly(1L);
    assertThat(result.reason()).contains("ни у одного кандидата голосов «за» не больше, чем «против»; Ivanova A.: "
        + "«за» столько же, сколько «против»: решает председатель");
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
    assertThat(result.reason()).isEqualTo("Ivanova A.: жақтап 1, қарсы 3; Petrov B.: жақтап 0, қарсы 4; "
        + "ешбір үміткердің жақтаған дауысы қарсы дауыстан көп емес / Ivanova A.: за 1, против 3; Petrov B.: за 0, "
        + "против 4; ни у одного кандидата голосов «за» не больше, чем «против»");
  }
}
