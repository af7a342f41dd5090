package kz.edu.leaders.events.contest;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved protocol's results become public: /public/api/contests and the page /contests. */
@Component
public class PublishContestResultsDelegate implements JavaDelegate {

  private final ContestRepository contests;

  public PublishContestResultsDelegate(ContestRepository contests) {
    this.contests = contests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    contests.publish(execution.getProcessBusinessKey());
  }
}
