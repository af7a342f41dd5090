package kz.edu.leaders.selection;

import static kz.edu.leaders.selection.SelectionVariables.CORRECTION_DEADLINE;
import static kz.edu.leaders.selection.SelectionVariables.RETURNED_FOR_CORRECTION;

import java.util.Date;
import kz.edu.leaders.common.WorkingDayCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Documents returned: the candidate has the configured number of working days to correct them. */
@Component
public class SetCorrectionDeadlineDelegate implements JavaDelegate {

  private final WorkingDayCalendar calendar;
  private final SelectionSettings settings;
  private final ApplicationRepository applications;
  private final CandidateNotices notices;

  public SetCorrectionDeadlineDelegate(WorkingDayCalendar calendar, SelectionSettings settings,
                                       ApplicationRepository applications, CandidateNotices notices) {
    this.calendar = calendar;
    this.settings = settings;
    this.applications = applications;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date deadline = calendar.deadlineAfterWorkingDays(settings.getCorrectionWorkingDays());
    execution.setVariable(CORRECTION_DEADLINE, deadline);
    execution.setVariable(RETURNED_FOR_CORRECTION, true);
    applications.setCorrectionDeadline(execution.getProcessBusinessKey(), deadline);
    Object what = execution.getVariable(SelectionVariables.DOCUMENT_DECISION_REASON);
    notices.documentsReturned(execution.getProcessBusinessKey(), what == null ? "" : what.toString(), deadline,
        settings.getCorrectionWorkingDays());
  }
}
