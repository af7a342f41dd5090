package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Reason;
import org.junit.jupiter.api.Test;

class TestScoringTest {

  final SelectionSettings settings = new SelectionSettings();
  final TestScoring scoring;

  TestScoringTest() {
    settings.getTest().setPassMark(70);
    settings.getTest().getBlockMinimum().put("management", 50.0);
    settings.getTest().getBlockMinimum().put("leadership", 60.0);
    scoring = new TestScoring(settings);
  }

  static TestScores scores(double legislation, double management, double pedagogy, double leadership) {
    return new TestScores(BigDecimal.valueOf(legislation), BigDecimal.valueOf(management),
        BigDecimal.valueOf(pedagogy), BigDecimal.valueOf(leadership));
  }

  @Test
  void theOverallResultIsTheMeanOfTheBlocks() {
    assertThat(scoring.score(scores(80, 75, 70, 90)).overall()).isEqualByComparingTo("78.75");
    assertThat(scoring.score(scores(70, 70, 70, 71)).overall()).isEqualByComparingTo("70.25");
  }

  @Test
  void exactlyThePassMarkPasses() {
    TestScoring.Result result = scoring.score(scores(70, 70, 70, 70));
    assertThat(result.passed()).isTrue();
    assertThat(Reason.in(Language.EN, result.reasons())).isEqualTo("Competency test passed with 70%");
  }

  @Test
  void justBelowThePassMarkFails() {
    TestScoring.Result result = scoring.score(scores(70, 70, 70, 69.96));
    assertThat(result.passed()).isFalse();
    assertThat(Reason.in(Language.EN, result.shortfalls())).isEqualTo("overall result 69.99% is below the pass mark of 70%");
  }

  @Test
  void aWeakBlockFailsEvenWithAGoodOverallResult() {
    TestScoring.Result result = scoring.score(scores(100, 45, 100, 59));
    assertThat(result.overall()).isEqualByComparingTo("76");
    assertThat(result.passed()).isFalse();
    assertThat(result.shortfalls()).extracting(r -> r.in(Language.EN)).containsExactly(
        "block \"management\": 45% is below its minimum of 50%", "block \"leadership\": 59% is below its minimum of 60%");
    assertThat(result.shortfalls()).extracting(r -> r.in(Language.RU)).containsExactly(
        "блок «менеджмент»: 45% ниже минимума 50%", "блок «лидерство»: 59% ниже минимума 60%");
  }

  @Test
  void theRulesComeFromConfiguration() {
    settings.getTest().setPassMark(80);
    assertThat(new TestScoring(settings).score(scores(78, 78, 78, 78)).passed()).isFalse();
  }
}
