package kz.edu.leaders.appointment;

import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The regional head's decision after the limit of announcements without a winner: announce again, offer
 * the post to a reservist, or close the vacancy (e.g. the school is reorganised), always with a reason.
 */
@Component
public class FailedCompetitionsSubmission extends FormSubmission<FailedCompetitionsSubmission.HeadDecision> {

  public enum Decision { REANNOUNCE, RESERVIST, CLOSE }

  private final VacancyRepository vacancies;

  public FailedCompetitionsSubmission(VacancyRepository vacancies) {
    this.vacancies = vacancies;
  }

  record HeadDecision(Decision decision, String reason) {}

  @Override
  protected HeadDecision read(DelegateExecution execution, Values values) {
    return new HeadDecision(values.choice("headDecision", Decision.class), values.text("headReason", true, 10, 2000));
  }

  @Override
  protected void record(DelegateExecution execution, HeadDecision head) {
    vacancies.event(execution.getProcessBusinessKey(), "HEAD_DECIDED_" + head.decision().name(), head.reason(),
        CurrentUser.id(execution));
    execution.setVariable("headDecision", head.decision().name());
    execution.setVariable("headReason", head.reason());
  }
}
