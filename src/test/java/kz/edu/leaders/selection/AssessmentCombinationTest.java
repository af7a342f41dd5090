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
    assertThat(result.reason()).isEqualTo("Қорытынды бағалау 47.5 (90, 40 және 55 баллдарының ең жақын екеуінің "
        + "орташасы: 40 және 55); шекті балдан (60) төмен / Итоговое оценивание 47.5 (среднее двух ближайших из 90, 40 "
        + "и 55: 40 и 55); ниже порогового балла 60");
  }

  @Test
  void equalDistancesFavourTheCandidate() {
    assertThat(combination.combine(List.of(50, 70, 90)).finalScore()).isEqualTo(80.0);
  }
}
