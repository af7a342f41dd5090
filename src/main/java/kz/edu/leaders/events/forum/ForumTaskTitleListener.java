package kz.edu.leaders.events.forum;

import kz.edu.leaders.common.FormTitles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a forum's task after its form's heading, the forum's title and number ("Қатысуды белгілеу / Отметить
 * посещаемость · Басшылық форумы · FORUM-2026-JAMBYL-001"): an organiser may hold tasks of several forums.
 */
@Component
public class ForumTaskTitleListener implements TaskListener {

  private final ForumRepository forums;
  private final FormTitles titles;

  public ForumTaskTitleListener(ForumRepository forums, FormTitles titles) {
    this.forums = forums;
    this.titles = titles;
  }

  @Override
  public void notify(DelegateTask task) {
    forums.find(task.getExecution().getProcessBusinessKey()).ifPresent(forum -> task.setName(
        titles.of(task) + " · " + shortened(forum.title()) + " · " + forum.number()));
  }

  /** Tasklist's list shows a line: a long title is cut at a word. */
  static String shortened(String title) {
    if (title.length() <= 60) {
      return title;
    }
    int cut = title.lastIndexOf(' ', 60);
    return title.substring(0, cut > 20 ? cut : 60) + "…";
  }
}
