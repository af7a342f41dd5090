package kz.edu.leaders.events.forum;

import kz.edu.leaders.events.forum.ForumSummary.Summary;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the summary in "Review the summary" as the records have it when the task opens (attendance, ratings per
 * session, comments), and marks the forum as under review.
 */
@Component
public class ForumSummaryListener implements TaskListener {

  private final ForumSummary summaries;
  private final ForumRepository forums;

  public ForumSummaryListener(ForumSummary summaries, ForumRepository forums) {
    this.summaries = summaries;
    this.forums = forums;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    Summary summary = summaries.of(number);
    forums.status(number, RegionalForum.REVIEW);
    task.setVariable("feedbackCount", summary.feedbackCount());
    task.setVariable("forumRating", summary.forumRating().mean() == null ? "—"
        : summary.forumRating().mean() + " / " + summary.ratingScale());
    task.setVariable("forumSummary", ForumSummary.text(summary));
  }
}
