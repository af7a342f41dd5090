package kz.edu.leaders.appointment.duties;

import java.time.LocalDate;
import kz.edu.leaders.appointment.CaseCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Schedule the rotation": the last day the head may lead the school ({@code rotation-limit} after the appointment)
 * and the day the department is asked to decide ({@code rotation-notice} before the limit), written into
 * {@code head_duty} as computed now; the timers read the variables set here.
 */
@Component
public class ScheduleRotationDelegate implements JavaDelegate {

  private final HeadDutyRepository duties;
  private final HeadDutySettings settings;
  private final CaseCalendar calendar;

  public ScheduleRotationDelegate(HeadDutyRepository duties, HeadDutySettings settings, CaseCalendar calendar) {
    this.duties = duties;
    this.settings = settings;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HeadDutyRepository.Duty duty = duties.get(execution.getProcessBusinessKey());
    LocalDate limitOn = duty.rotationLimitOn();
    LocalDate noticeOn = duty.rotationNoticeOn();
    if (limitOn == null) {
      limitOn = settings.rotationLimitOn(duty.appointedOn());
      noticeOn = settings.rotationNoticeOn(duty.appointedOn(), limitOn);
      duties.scheduleRotation(duty.orderNumber(), limitOn, noticeOn);
    }
    execution.setVariable("rotationLimitOn", limitOn.toString());
    execution.setVariable("rotationNoticeAt", calendar.startOf(noticeOn));
    execution.setVariable("rotationOverdueAt", calendar.startOf(limitOn.plusDays(1)));
  }
}
