package kz.edu.leaders.events.contest;

import kz.edu.leaders.common.FormTitles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a contest's task after its form's heading, the contest's number and, for a score, the entry
 * ("Өтінімді бағалау / Оценить заявку · LS-2019-000001 · №2 Мектеп-лицей №5"): a juror holds one task per
 * entry, an organiser may run several contests.
 */
@Component
public class ContestTaskTitleListener implements TaskListener {

  private final FormTitles titles;

  public ContestTaskTitleListener(FormTitles titles) {
    this.titles = titles;
  }

  @Override
  public void notify(DelegateTask task) {
    Object entryNo = task.getVariableLocal("entryNo") == null ? task.getExecution().getVariableLocal("entryNo")
        : task.getVariableLocal("entryNo");
    Object school = task.getExecution().getVariableLocal("schoolName");
    String name = titles.of(task) + " · " + task.getExecution().getProcessBusinessKey()
        + (entryNo == null ? "" : " · Өтінім / Заявка " + entryNo + ": " + school);
    task.setName(name.length() > 4000 ? name.substring(0, 4000) : name);
  }
}
