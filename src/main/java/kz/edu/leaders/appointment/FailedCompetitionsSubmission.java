package kz.edu.leaders.appointment;

import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The regional head's decision after the limit of announcements without a winner: announce again, offer
 * the post to a reservist, or close the vacancy (e.g. the school is reorganised), always with a reason.
 */
@Component("failedCompetitionsDecision")
public class FailedCompetitionsSubmission implements ExecutionListener {

  public enum Decision { REANNOUNCE, RESERVIST, CLOSE }

  private final VacancyRepository vacancies;

  public FailedCompetitionsSubmission(VacancyRepository vacancies) {
    this.vacancies = vacancies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    Values values = new Values(execution.getVariables(), errors);
    Decision decision = values.choice("headDecision", Decision.class);
    String reason = values.text("headReason", true, 2000);
    if (reason != null && reason.length() < 10) {
      errors.add(new FieldError("headReason", "must be at least 10 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    vacancies.event(execution.getProcessBusinessKey(), "HEAD_DECIDED_" + decision.name(), reason,
        CurrentUser.id(execution));
    execution.setVariable("headDecision", decision.name());
    execution.setVariable("headReason", reason);
  }
}
