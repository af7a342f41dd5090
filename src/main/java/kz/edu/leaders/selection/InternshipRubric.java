package kz.edu.leaders.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The mentor's rubric for the internship. Each criterion is scored 1 (not shown) to 5 (exemplary); the
 * candidate passes with a mean at or above the pass mark and no criterion below the minimum (both set in
 * {@code leaders.selection.internship}).
 */
@Component
public class InternshipRubric {

  /** Form field key to criterion, in the order of the form. */
  public static final Map<String, String> CRITERIA = new LinkedHashMap<>();

  static {
    CRITERIA.put("rubricLeadership", "leadership and vision");
    CRITERIA.put("rubricTeaching", "managing teaching and learning");
    CRITERIA.put("rubricTeamwork", "working with the school team");
    CRITERIA.put("rubricCommunity", "work with parents and the community");
    CRITERIA.put("rubricReflection", "reflection and professional growth");
  }

  private final SelectionSettings.Internship rules;

  public InternshipRubric(SelectionSettings settings) {
    this.rules = settings.getInternship();
  }

  public Result score(Map<String, Integer> scores) {
    BigDecimal mean = BigDecimal.valueOf(scores.values().stream().mapToInt(Integer::intValue).sum())
        .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    List<String> shortfalls = new ArrayList<>();
    if (mean.compareTo(BigDecimal.valueOf(rules.getPassMark())) < 0) {
      shortfalls.add("rubric mean " + plain(mean) + " is below the pass mark of "
          + plain(BigDecimal.valueOf(rules.getPassMark())));
    }
    scores.forEach((key, score) -> {
      if (score < rules.getCriterionMinimum()) {
        shortfalls.add(CRITERIA.get(key) + " scored " + score + ", below the minimum of " + rules.getCriterionMinimum());
      }
    });
    return new Result(mean, shortfalls.isEmpty(), List.copyOf(shortfalls));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  public record Result(BigDecimal mean, boolean passed, List<String> shortfalls) {

    public String summary() {
      return passed ? "Internship passed with a rubric mean of " + plain(mean)
          : "Internship not passed: " + String.join("; ", shortfalls);
    }
  }
}
