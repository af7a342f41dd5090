package kz.edu.leaders.selection;

import java.util.List;
import kz.edu.leaders.common.Reason;
import org.springframework.stereotype.Component;

/**
 * Combines the independent assessments of a reflective report (totals out of 100):
 * <ul>
 *   <li>two assessments within the margin: the final score is their mean;</li>
 *   <li>two assessments further apart than the margin: a third assessor is needed;</li>
 *   <li>three assessments: the final score is the mean of the two closest totals (the outlier is set
 *       aside; on equal distances the pair with the higher mean counts, in the candidate's favour).</li>
 * </ul>
 * The margin and the pass mark are set in {@code leaders.selection.assessment}.
 */
@Component
public class AssessmentCombination {

  private final SelectionSettings.Assessment rules;

  public AssessmentCombination(SelectionSettings settings) {
    this.rules = settings.getAssessment();
  }

  public Result combine(List<Integer> totals) {
    if (totals.size() == 2) {
      int a = totals.get(0);
      int b = totals.get(1);
      if (Math.abs(a - b) > rules.getDivergenceMargin()) {
        return Result.thirdNeeded(a, b, rules.getDivergenceMargin());
      }
      return decided((a + b) / 2.0, Reason.of("reason.assessment.meanOfTwo", a, b));
    }
    if (totals.size() == 3) {
      int[] pair = closestPair(totals);
      return decided((pair[0] + pair[1]) / 2.0, Reason.of("reason.assessment.closestTwo", totals.get(0), totals.get(1),
          totals.get(2), pair[0], pair[1]));
    }
    throw new IllegalStateException("Expected two or three assessments, found " + totals.size());
  }

  private Result decided(double score, Reason how) {
    boolean passed = score >= rules.getPassMark();
    Reason assessment = Reason.of("reason.assessment.final", format(score), how);
    String reason = passed ? Reason.forRecord(assessment)
        : Reason.forRecord(assessment, Reason.of("reason.assessment.belowPassMark", format(rules.getPassMark())));
    return new Result(false, score, passed, reason);
  }

  private static int[] closestPair(List<Integer> t) {
    int[][] pairs = {{t.get(0), t.get(1)}, {t.get(0), t.get(2)}, {t.get(1), t.get(2)}};
    int[] best = pairs[0];
    for (int[] pair : pairs) {
      int distance = Math.abs(pair[0] - pair[1]);
      int bestDistance = Math.abs(best[0] - best[1]);
      if (distance < bestDistance || (distance == bestDistance && pair[0] + pair[1] > best[0] + best[1])) {
        best = pair;
      }
    }
    return best;
  }

  static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  public record Result(boolean thirdAssessorNeeded, double finalScore, boolean passed, String reason) {

    static Result thirdNeeded(int a, int b, int margin) {
      return new Result(true, 0, false,
          Reason.forRecord(Reason.of("reason.assessment.thirdNeeded", a, b, margin)));
    }
  }
}
