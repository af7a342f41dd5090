package kz.edu.leaders.commission;

import kz.edu.leaders.selection.SelectionSettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import kz.edu.leaders.commission.InterviewRules.Decision;
import org.junit.jupiter.api.Test;

class InterviewRulesTest {

  final SelectionSettings settings = new SelectionSettings();
  final InterviewRules rules = new InterviewRules(settings);

  static List<BigDecimal> means(String... values) {
    return List.of(values).stream().map(BigDecimal::new).toList();
  }

  @Test
  void aboveThePassMarkPasses() {
    var result = rules.decide(5, 0, means("8", "7.5", "7", "6.5"));
    assertThat(result.decision()).isEqualTo(Decision.PASSED);
    assertThat(result.mean()).isEqualByComparingTo("7.25");
    assertThat(result.quorum()).isEqualTo(4);
  }

  @Test
  void exactlyThePassMarkIsATieForTheChair() {
    assertThat(rules.decide(3, 0, means("7", "7", "7")).decision()).isEqualTo(Decision.TIE);
  }

  @Test
  void belowThePassMarkFails() {
    assertThat(rules.decide(3, 0, means("6.75", "7", "7")).decision()).isEqualTo(Decision.NOT_PASSED);
  }

  @Test
  void theQuorumCountsOnlyMembersWithoutAConflict() {
    // 6 members, 3 recused: quorum is two thirds of 3 = 2
    assertThat(rules.decide(6, 3, means("9", "9")).decision()).isEqualTo(Decision.PASSED);
    assertThat(rules.decide(6, 3, means("9")).decision()).isEqualTo(Decision.NO_QUORUM);
    // 15 members as in Turkestan, none recused: 10 must score
    assertThat(rules.decide(15, 0, means("9", "9", "9", "9", "9", "9", "9", "9", "9")).decision())
        .isEqualTo(Decision.NO_QUORUM);
  }

  @Test
  void everyoneRecusingIsNoQuorumNotAPass() {
    var result = rules.decide(3, 3, List.of());
    assertThat(result.decision()).isEqualTo(Decision.NO_QUORUM);
    assertThat(result.reason()).isEqualTo("мүдделер қақтығысы жоқ 0 мүшенің 0 мүшесі бағалады; кворум — 0 / "
        + "оценили 0 из 0 членов без конфликта интересов; кворум — 0");
  }
}
