package kz.edu.leaders.appointment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a case's task after its school and case number ("Choose how to fill the post · School No. 5 ·
 * VC-2026-000002"): an officer's Tasklist holds the same task for many schools, and the diagram keeps the
 * short name.
 */
@Component
public class CaseTaskTitleListener implements TaskListener {

  private final VacancyRepository vacancies;

  public CaseTaskTitleListener(VacancyRepository vacancies) {
    this.vacancies = vacancies;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    vacancies.find(number).ifPresent(vacancy ->
        task.setName(task.getName() + " · " + vacancy.school() + " · " + vacancy.number()));
  }
}
