package kz.edu.leaders.commission;

import kz.edu.leaders.selection.SelectionSettings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.common.Reason;
import org.springframework.stereotype.Component;

/**
 * How the Republican commission decides (defaults; the rules are not published, so they are settings in
 * {@code leaders.selection.interview}): a quorum of two thirds of the members who did not recuse must have
 * scored; the candidate passes when the mean of the members' scores is above the pass mark, fails below
 * it, and at exactly the pass mark the chair decides. Without quorum the interview is held again.
 */
@Component
public class InterviewRules {

  public enum Decision { PASSED, NOT_PASSED, TIE, NO_QUORUM }

  private final SelectionSettings.Interview rules;

  public InterviewRules(SelectionSettings settings) {
    this.rules = settings.getInterview();
  }

  /**
   * @param members    commission members asked in this round
   * @param recused    members who declared a conflict of interest
   * @param memberMeans each scoring member's mean score (1 to 10)
   */
  public Result decide(int members, int recused, List<BigDecimal> memberMeans) {
    int eligible = members - recused;
    int quorum = (int) Math.ceil(eligible * rules.getQuorumFraction() - 1e-9);
    if (eligible <= 0 || memberMeans.size() < Math.max(quorum, 1)) {
      return new Result(Decision.NO_QUORUM, null, memberMeans.size(), quorum,
          Reason.forRecord(Reason.of("reason.interview.noQuorum", memberMeans.size(), eligible, quorum)));
    }
    BigDecimal mean = memberMeans.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(memberMeans.size()), 2, RoundingMode.HALF_UP);
    int comparison = mean.compareTo(BigDecimal.valueOf(rules.getPassMark()));
    Decision decision = comparison > 0 ? Decision.PASSED : comparison < 0 ? Decision.NOT_PASSED : Decision.TIE;
    List<Reason> reason = new ArrayList<>(List.of(Reason.of("reason.interview.mean", plain(mean), memberMeans.size())));
    if (recused > 0) {
      reason.add(Reason.of("reason.interview.recused", recused));
    }
    String passMark = plain(BigDecimal.valueOf(rules.getPassMark()));
    reason.add(switch (decision) {
      case PASSED -> Reason.of("reason.interview.above", passMark);
      case NOT_PASSED -> Reason.of("reason.interview.below", passMark);
      default -> Reason.of("reason.interview.tie");
    });
    return new Result(decision, mean, memberMeans.size(), quorum, Reason.forRecord(reason));
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  public record Result(Decision decision, BigDecimal mean, int scored, int quorum, String reason) {}
}
