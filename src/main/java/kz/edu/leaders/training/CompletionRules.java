package kz.edu.leaders.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.common.Reason;

/**
 * Whether a participant completed the course ({@code leaders.training.*}): attended at least the minimum share of
 * the days their stream recorded, and, when the final work is required, passed it.
 */
public final class CompletionRules {

  public record Outcome(boolean completed, BigDecimal attendancePercent, List<Reason> reasons) {}

  private final int minimumAttendancePercent;
  private final boolean finalWorkRequired;

  public CompletionRules(int minimumAttendancePercent, boolean finalWorkRequired) {
    this.minimumAttendancePercent = minimumAttendancePercent;
    this.finalWorkRequired = finalWorkRequired;
  }

  public static CompletionRules of(TrainingSettings settings) {
    return new CompletionRules(settings.getMinimumAttendancePercent(), settings.isFinalWorkRequired());
  }

  /**
   * @param daysRecorded days of the stream on which attendance was taken (none: attendance counts as full)
   * @param daysAbsent of those, the days the participant was absent
   * @param finalWorkFailure the trainer's reason when the final work failed, else null
   */
  public Outcome decide(int daysRecorded, int daysAbsent, String finalWorkFailure) {
    BigDecimal percent = daysRecorded == 0 ? BigDecimal.valueOf(100).setScale(1)
        : BigDecimal.valueOf(100L * (daysRecorded - daysAbsent)).divide(BigDecimal.valueOf(daysRecorded), 1,
            RoundingMode.HALF_UP);
    List<Reason> reasons = new ArrayList<>();
    if (percent.compareTo(BigDecimal.valueOf(minimumAttendancePercent)) < 0) {
      reasons.add(Reason.of("training.outcome.attendance", percent.toPlainString(), minimumAttendancePercent));
    }
    if (finalWorkRequired && finalWorkFailure != null) {
      reasons.add(Reason.of("training.outcome.finalWork", finalWorkFailure));
    }
    return new Outcome(reasons.isEmpty(), percent, reasons.isEmpty()
        ? List.of(Reason.of("training.outcome.completed", percent.toPlainString())) : reasons);
  }
}
