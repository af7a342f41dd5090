package kz.edu.leaders.commission;

import kz.edu.leaders.selection.SelectionSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Convene commission": opens a new interview round with the current members and its answer deadline. */
@Component
public class ConveneCommissionDelegate implements JavaDelegate {

  private final RepublicanCommission commission;
  private final InterviewRepository interviews;
  private final SelectionSettings settings;

  public ConveneCommissionDelegate(RepublicanCommission commission, InterviewRepository interviews,
                                   SelectionSettings settings) {
    this.commission = commission;
    this.interviews = interviews;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> members = commission.members();
    if (members.isEmpty()) {
      throw new IllegalStateException("Group republican-commission has no members: add them in Admin, then retry");
    }
    int round = interviews.nextRound(execution.getProcessBusinessKey());
    Date deadline = Date.from(Instant.now().plus(Duration.parse(settings.getInterview().getAnswerTime())));
    interviews.openRound(execution.getProcessBusinessKey(), round, members.size(), deadline);
    execution.setVariable("interviewRound", round);
    execution.setVariable("interviewDeadline", deadline);
  }
}
