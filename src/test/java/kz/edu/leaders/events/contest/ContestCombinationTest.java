package kz.edu.leaders.events.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.events.contest.ContestCombination.Rule;
import org.junit.jupiter.api.Test;

class ContestCombinationTest {

  @Test
  void theMeanOfAllScores() {
    ContestCombination.Combined combined = new ContestCombination(Rule.MEAN, 4).combine(List.of(1, 5, 5, 10));
    assertThat(combined.value()).isEqualByComparingTo("5.25");
    assertThat(combined.trimmed()).isFalse();
    assertThat(combined.count()).isEqualTo(4);
  }

  @Test
  void theTrimmedMeanDropsTheHighestAndTheLowestOnlyFromTheThreshold() {
    ContestCombination trimmed = new ContestCombination(Rule.TRIMMED_MEAN, 4);
    assertThat(trimmed.combine(List.of(1, 5, 6, 10)).value()).isEqualByComparingTo("5.50");
    assertThat(trimmed.combine(List.of(1, 5, 6, 10)).trimmed()).isTrue();
    assertThat(trimmed.combine(List.of(1, 5, 9)).value()).isEqualByComparingTo("5.00");
    assertThat(trimmed.combine(List.of(1, 5, 9)).trimmed()).isFalse();
    // A threshold below three still never trims two scores away.
    assertThat(new ContestCombination(Rule.TRIMMED_MEAN, 1).combine(List.of(2, 8)).value())
        .isEqualByComparingTo("5.00");
    assertThat(trimmed.combine(List.of()).value()).isEqualByComparingTo("0");
  }

  @Test
  void equalTotalsShareARankAndATieAtAPrizePlaceNeedsTheChairsOrder() {
    Map<Integer, BigDecimal> totals = new LinkedHashMap<>();
    totals.put(1, new BigDecimal("30.00"));
    totals.put(2, new BigDecimal("35.50"));
    totals.put(3, new BigDecimal("30.00"));
    totals.put(4, new BigDecimal("20.00"));
    assertThat(ContestCombination.ranks(totals)).containsExactly(Map.entry(2, 1), Map.entry(1, 2), Map.entry(3, 2),
        Map.entry(4, 4));
    assertThat(ContestCombination.tiedAtPrizePlaces(totals, 3)).containsExactly(1, 3);
    assertThat(ContestCombination.tiedAtPrizePlaces(totals, 1)).isEmpty();
    assertThatThrownBy(() -> ContestCombination.proposedPlaces(totals, 3, null))
        .hasMessageContaining("not decided");
    assertThat(ContestCombination.proposedPlaces(totals, 3, List.of(3, 1))).containsExactly(2, 3, 1);
    assertThat(ContestCombination.proposedPlaces(totals, 2, List.of(3, 1))).containsExactly(2, 3);
  }

  @Test
  void aTieBelowThePrizePlacesNeedsNoDecision() {
    Map<Integer, BigDecimal> totals = Map.of(1, new BigDecimal("9"), 2, new BigDecimal("5"), 3, new BigDecimal("5"));
    assertThat(ContestCombination.tiedAtPrizePlaces(totals, 1)).isEmpty();
    assertThat(ContestCombination.proposedPlaces(totals, 1, null)).containsExactly(1);
  }
}
