package kz.edu.leaders.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.Reason;
import org.springframework.stereotype.Component;

/**
 * The mentor's rubric for the internship. Each criterion is scored 1 (not shown) to 5 (exemplary); the
 * candidate passes with a mean at or above the pass mark and no criterion below the minimum (both set in
 * {@code leaders.selection.internship}).
 */
@Component
public class InternshipRubric {

  /** The criteria's form field keys, in the order of the form; their names are texts reason.criterion.<key>. */
  public static final List<String> CRITERIA =
      List.of("rubricLeadership", "rubricTeaching", "rubricTeamwork", "rubricCommunity", "rubricReflection");

  private final SelectionSettings.Internship rules;

  public InternshipRubric(SelectionSettings settings) {
    this.rules = settings.getInternship();
  }

  public Result score(Map<String, Integer> scores) {
    BigDecimal mean = BigDecimal.valueOf(scores.values().stream().mapToInt(Integer::intValue).sum())
        .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    List<Reason> shortfalls = new ArrayList<>();
    if (mean.compareTo(BigDecimal.valueOf(rules.getPassMark())) < 0) {
      shortfalls.add(Reason.of("reason.internship.meanBelow", plain(mean),
          plain(BigDecimal.valueOf(rules.getPassMark()))));
    }
    scores.forEach((key, score) -> {
      if (score < rules.getCriterionMinimum()) {
        shortfalls.add(Reason.of("reason.internship.criterionBelow", Reason.of("reason.criterion." + key), score,
            rules.getCriterionMinimum()));
      }
    });
    return new Result(mean, shortfalls.isEmpty(), List.copyOf(shortfalls));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  public record Result(BigDecimal mean, boolean passed, List<Reason> shortfalls) {

    /** Passed with the mean, or not passed and each shortfall. */
    public List<Reason> reasons() {
      if (passed) {
        return List.of(Reason.of("reason.internship.passed", plain(mean)));
      }
      List<Reason> reasons = new ArrayList<>(List.of(Reason.of("reason.internship.notPassed")));
      reasons.addAll(shortfalls);
      return reasons;
    }
  }
}
