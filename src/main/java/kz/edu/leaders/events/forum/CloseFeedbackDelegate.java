package kz.edu.leaders.events.forum;

import kz.edu.leaders.common.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the forum's feedback window: the public page takes no more sheets. Who closed it is the organiser who
 * completed "Close the feedback", or nobody when the window's timer ran out.
 */
@Component
public class CloseFeedbackDelegate implements JavaDelegate {

  private final ForumRepository forums;

  public CloseFeedbackDelegate(ForumRepository forums) {
    this.forums = forums;
  }

  @Override
  public void execute(DelegateExecution execution) {
    forums.closeFeedback(execution.getProcessBusinessKey(), CurrentUser.id(execution));
  }
}
