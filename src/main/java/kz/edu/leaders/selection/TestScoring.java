package kz.edu.leaders.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    List<String> shortfalls = new ArrayList<>();
    if (overall.compareTo(BigDecimal.valueOf(rules.getPassMark())) < 0) {
      shortfalls.add("overall " + plain(overall) + "% is below the pass mark of " + plain(rules.getPassMark()) + "%");
    }
    blocks.forEach((block, score) -> {
      Double minimum = rules.getBlockMinimum().get(block);
      if (minimum != null && score.compareTo(BigDecimal.valueOf(minimum)) < 0) {
        shortfalls.add(block + " " + plain(score) + "% is below the block minimum of " + plain(minimum) + "%");
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

  public record Result(BigDecimal overall, boolean passed, List<String> shortfalls) {

    public String summary() {
      return passed ? "passed with " + plain(overall) + "%" : String.join("; ", shortfalls);
    }
  }
}
