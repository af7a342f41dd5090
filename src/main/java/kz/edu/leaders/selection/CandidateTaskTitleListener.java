package kz.edu.leaders.selection;

import kz.edu.leaders.common.FormTitles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a candidate's task after its form's heading, the candidate and the application number ("Құжаттарды тексеру /
 * Проверка документов · Абенова Айгуль · RS-2026-000001"): a commission member or an assessor has the same task for
 * many candidates, and the rows must tell them apart. Used by the selection and by the commission's interview.
 */
@Component
public class CandidateTaskTitleListener implements TaskListener {

  private final FormTitles titles;

  public CandidateTaskTitleListener(FormTitles titles) {
    this.titles = titles;
  }

  @Override
  public void notify(DelegateTask task) {
    Object candidate = task.getVariable(SelectionVariables.CANDIDATE_NAME);
    String number = task.getExecution().getProcessBusinessKey();
    StringBuilder title = new StringBuilder(titles.of(task));
    if (candidate != null) {
      title.append(" · ").append(candidate);
    }
    if (number != null) {
      title.append(" · ").append(number);
    }
    task.setName(title.toString());
  }
}
