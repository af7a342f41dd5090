package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentCombinationTest {

  final SelectionSettings settings = new SelectionSettings();
  final AssessmentCombination combination = new AssessmentCombination(settings);

  @Test
  void twoScoresWithinTheMarginGiveTheirMean() {
    var result = combination.combine(List.of(70, 85));
    assertThat(result.thirdAssessorNeeded()).isFalse();
    assertThat(result.finalScore()).isEqualTo(77.5);
    assertThat(result.passed()).isTrue();
  }

  @Test
  void twoScoresFurtherApartThanTheMarginNeedAThird() {
    assertThat(combination.combine(List.of(70, 86)).thirdAssessorNeeded()).isTrue();
  }

  @Test
  void withThreeTheOutlierIsSetAside() {
    var result = combination.combine(List.of(90, 40, 55));
    assertThat(result.finalScore()).isEqualTo(47.5);
    assertThat(result.passed()).isFalse();
    assertThat(result.reason()).isEqualTo(
        "Final assessment 47.5 (mean of the two closest of [90, 40, 55]: 40 and 55) is below the pass mark of 60");
  }

  @Test
  void equalDistancesFavourTheCandidate() {
    assertThat(combination.combine(List.of(50, 70, 90)).finalScore()).isEqualTo(80.0);
  }
}
