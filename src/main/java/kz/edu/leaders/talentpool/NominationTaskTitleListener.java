package kz.edu.leaders.talentpool;

import kz.edu.leaders.common.FormTitles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a nomination's task after its form's heading, the person and the nomination number ("Кадрлық резервке
 * ұсынымды қарау / Рассмотрение выдвижения · Абенов Ержан · TPN-2026-000001"): a reviewer's Tasklist holds many.
 */
@Component
public class NominationTaskTitleListener implements TaskListener {

  private final TalentPoolRepository pool;
  private final FormTitles titles;

  public NominationTaskTitleListener(TalentPoolRepository pool, FormTitles titles) {
    this.pool = pool;
    this.titles = titles;
  }

  @Override
  public void notify(DelegateTask task) {
    pool.nomination(task.getExecution().getProcessBusinessKey()).ifPresent(nomination ->
        task.setName(titles.of(task) + " · " + nomination.surname() + " " + nomination.firstName() + " · "
            + nomination.number()));
  }
}
