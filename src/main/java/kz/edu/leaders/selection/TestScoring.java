package kz.edu.leaders.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.Reason;
import org.springframework.stereotype.Component;

/**
 * Scores the competency test: the overall result is the mean of the block percentages; a candidate
 * passes with an overall result at or above the pass mark and every block at or above its minimum.
 */
@Component
public class TestScoring {

  private final SelectionSettings.Test rules;

  public TestScoring(SelectionSettings settings) {
    this.rules = settings.getTest();
  }

  public Result score(TestScores scores) {
    Map<String, BigDecimal> blocks = scores.byBlock();
    BigDecimal sum = blocks.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal overall = sum.divide(BigDecimal.valueOf(blocks.size()), 2, RoundingMode.HALF_UP);
    List<Reason> shortfalls = new ArrayList<>();
    if (overall.compareTo(BigDecimal.valueOf(rules.getPassMark())) < 0) {
      shortfalls.add(Reason.of("reason.test.overallBelow", plain(overall), plain(rules.getPassMark())));
    }
    blocks.forEach((block, score) -> {
      Double minimum = rules.getBlockMinimum().get(block);
      if (minimum != null && score.compareTo(BigDecimal.valueOf(minimum)) < 0) {
        shortfalls.add(Reason.of("reason.test.blockBelow", Reason.of("reason.test.block." + block), plain(score),
            plain(minimum)));
      }
    });
    return new Result(overall, shortfalls.isEmpty(), List.copyOf(shortfalls));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String plain(double value) {
    return plain(BigDecimal.valueOf(value));
  }

  public record Result(BigDecimal overall, boolean passed, List<Reason> shortfalls) {

    /** Passed with the overall result, or not passed and each shortfall. */
    public List<Reason> reasons() {
      if (passed) {
        return List.of(Reason.of("reason.test.passed", plain(overall)));
      }
      List<Reason> reasons = new ArrayList<>(List.of(Reason.of("reason.test.notPassed")));
      reasons.addAll(shortfalls);
      return reasons;
    }
  }
}
