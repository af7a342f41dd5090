package kz.edu.leaders.talentpool;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Reason;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The regional department's review of a nomination: approve with the pool term (the end defaults to the start plus
 * {@code leaders.talent-pool.term}) or decline with a reason. Recorded on the nomination with who and when.
 */
@Component("nominationReviewSubmission")
public class NominationReviewSubmission extends FormSubmission<NominationReviewSubmission.Review> {

  public enum Decision { APPROVED, DECLINED }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final TalentPoolRepository pool;
  private final TalentPoolSettings settings;

  public NominationReviewSubmission(TalentPoolRepository pool, TalentPoolSettings settings) {
    this.pool = pool;
    this.settings = settings;
  }

  record Review(Decision decision, String reason, LocalDate termFrom, LocalDate termUntil) {}

  @Override
  protected Review read(DelegateExecution execution, Values values) {
    Decision decision = values.choice("poolDecision", Decision.class);
    String reason = null;
    LocalDate from = null;
    LocalDate until = null;
    if (decision == Decision.DECLINED) {
      reason = values.text("declineReason", true, 5, 1000);
    } else if (decision == Decision.APPROVED) {
      from = values.date("termFrom");
      until = Values.blank(values.raw("termUntil")) ? null : values.date("termUntil");
      if (from != null && until != null && !until.isAfter(from)) {
        values.error("termUntil", "pool.termEndsBeforeStart", from);
      }
      if (from != null && until == null) {
        until = from.plus(settings.getTerm());
      }
    }
    return new Review(decision, reason, from, until);
  }

  @Override
  protected void record(DelegateExecution execution, Review review) {
    String number = execution.getProcessBusinessKey();
    String reason = review.decision() == Decision.APPROVED
        ? Reason.forRecord(Reason.of("reason.pool.approved", DAY.format(review.termFrom()),
            DAY.format(review.termUntil())))
        : Reason.forRecord(Reason.of("reason.pool.declined", review.reason()));
    if (!pool.decide(number, review.decision().name(), reason, review.termFrom(), review.termUntil(),
        CurrentUser.id(execution))) {
      throw InvalidSubmissionException.of("poolDecision", "pool.alreadyDecided");
    }
    for (String shown : new String[] {"iin", "phone", "declineReason", "termFrom", "termUntil"}) {
      execution.removeVariable(shown);
    }
    execution.setVariable("poolDecision", review.decision().name());
    execution.setVariable("outcomeReason", reason);
  }
}
