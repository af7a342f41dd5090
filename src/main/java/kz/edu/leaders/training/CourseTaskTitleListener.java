package kz.edu.leaders.training;

import kz.edu.leaders.common.FormTitles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a course's task after its form's heading, the course number and, in a stream, the stream ("Қатысуды белгілеу /
 * Отметить посещаемость · TC-2024-000001 · 2-ағын / поток 2"): a coordinator or trainer may hold the same task for several courses.
 */
@Component
public class CourseTaskTitleListener implements TaskListener {

  private final FormTitles titles;

  public CourseTaskTitleListener(FormTitles titles) {
    this.titles = titles;
  }

  @Override
  public void notify(DelegateTask task) {
    Object stream = task.getVariable("streamNo");
    task.setName(titles.of(task) + " · " + task.getExecution().getProcessBusinessKey()
        + (stream == null ? "" : " · " + stream + "-ағын / поток " + stream));
  }
}
