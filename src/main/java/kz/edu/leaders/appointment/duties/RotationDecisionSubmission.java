package kz.edu.leaders.appointment.duties;

import java.time.LocalDate;
import kz.edu.leaders.appointment.CaseCalendar;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Decide on the rotation" by the region's officers before the head reaches the limit at the school: the head moves to
 * lead another school (named), or is released from the post. The rules allow no extension at the same school, so the
 * form offers none; the day it takes effect is not before the appointment and not after the limit (once the limit has
 * passed, not after today). Either decision ends the duties at this school.
 */
@Component
public class RotationDecisionSubmission extends FormSubmission<RotationDecisionSubmission.Decision> {

  /** The decision, and the duties' status after it. */
  public enum Choice {
    ROTATE("ROTATED"), RELEASE("RELEASED");

    final String status;

    Choice(String status) {
      this.status = status;
    }
  }

  static final String DECISION = "rotationDecision";
  static final String EFFECTIVE_ON = "rotationEffectiveOn";
  static final String NEW_SCHOOL = "rotationNewSchool";
  static final String NOTE = "rotationNote";

  private final HeadDutyRepository duties;
  private final CaseCalendar calendar;

  public RotationDecisionSubmission(HeadDutyRepository duties, CaseCalendar calendar) {
    this.duties = duties;
    this.calendar = calendar;
  }

  record Decision(HeadDutyRepository.Duty duty, Choice choice, LocalDate effectiveOn, String newSchool, String note) {}

  @Override
  protected Decision read(DelegateExecution execution, Values values) {
    HeadDutyRepository.Duty duty = duties.get(execution.getProcessBusinessKey());
    Choice choice = values.choice(DECISION, Choice.class);
    LocalDate effectiveOn = values.date(EFFECTIVE_ON);
    LocalDate today = calendar.today();
    LocalDate latest = duty.rotationLimitOn() == null || duty.rotationLimitOn().isBefore(today)
        ? today : duty.rotationLimitOn();
    if (effectiveOn != null && (effectiveOn.isBefore(duty.appointedOn()) || effectiveOn.isAfter(latest))) {
      values.error(EFFECTIVE_ON, "duties.rotation.effectiveOn", duty.appointedOn(), latest);
    }
    String newSchool = null;
    if (choice == Choice.ROTATE) {
      newSchool = values.text(NEW_SCHOOL, true, 3, 300);
      if (newSchool != null && newSchool.strip().equalsIgnoreCase(duty.school().strip())) {
        values.error(NEW_SCHOOL, "duties.rotation.sameSchool", duty.school());
      }
    }
    return new Decision(duty, choice, effectiveOn, newSchool, values.text(NOTE, false, 1000));
  }

  @Override
  protected void record(DelegateExecution execution, Decision decision) {
    String order = decision.duty().orderNumber();
    String user = CurrentUser.id(execution);
    duties.decideRotation(order, decision.choice().name(), decision.choice().status, decision.effectiveOn(), decision.newSchool(),
        decision.note(), user);
    duties.event(order, "ROTATION_" + decision.choice().name(), "from " + decision.effectiveOn()
        + (decision.newSchool() == null ? "" : " to " + decision.newSchool())
        + (decision.note() == null ? "" : ": " + decision.note()), user);
    for (String name : new String[] {DECISION, EFFECTIVE_ON, NEW_SCHOOL, NOTE}) {
      execution.removeVariable(name);
    }
  }
}
