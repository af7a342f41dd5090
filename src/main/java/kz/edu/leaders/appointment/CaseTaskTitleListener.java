package kz.edu.leaders.appointment;

import kz.edu.leaders.common.FormTitles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a case's task after its form's heading, its school and case number ("Бос лауазымға тағайындау / Замещение
 * должности · School No. 5 · VC-2026-000002"): an officer's Tasklist holds the same task for many schools, and the
 * diagram keeps the short name.
 */
@Component
public class CaseTaskTitleListener implements TaskListener {

  private final VacancyRepository vacancies;
  private final FormTitles titles;

  public CaseTaskTitleListener(VacancyRepository vacancies, FormTitles titles) {
    this.vacancies = vacancies;
    this.titles = titles;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    vacancies.find(number).ifPresent(vacancy ->
        task.setName(titles.of(task) + " · " + vacancy.school() + " · " + vacancy.number()));
  }
}
