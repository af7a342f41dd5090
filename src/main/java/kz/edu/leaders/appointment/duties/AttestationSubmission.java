package kz.edu.leaders.appointment.duties;

import java.time.LocalDate;
import kz.edu.leaders.appointment.CaseCalendar;
import kz.edu.leaders.appointment.duties.HeadDutyRepository.Attestation;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Record the attestation" by the region's officers: passed or not passed, on which day, with a note (required when
 * not passed); or the head no longer holds the post, which ends the duties. The round is the record's open one, not
 * a submitted number. The submitted values are removed so that the next round's form opens empty.
 */
@Component
public class AttestationSubmission extends FormSubmission<AttestationSubmission.Result> {

  public enum Outcome { PASSED, NOT_PASSED, LEFT_POST }

  static final String RESULT = "attestationResult";
  static final String ON = "attestedOn";
  static final String NOTE = "attestationNote";

  private final HeadDutyRepository duties;
  private final CaseCalendar calendar;

  public AttestationSubmission(HeadDutyRepository duties, CaseCalendar calendar) {
    this.duties = duties;
    this.calendar = calendar;
  }

  record Result(HeadDutyRepository.Duty duty, Attestation round, Outcome outcome, LocalDate on, String note) {}

  @Override
  protected Result read(DelegateExecution execution, Values values) {
    HeadDutyRepository.Duty duty = duties.get(execution.getProcessBusinessKey());
    Attestation round = duties.openAttestation(duty.orderNumber())
        .orElseThrow(() -> new IllegalStateException("No open attestation for " + duty.orderNumber()));
    Outcome outcome = values.choice(RESULT, Outcome.class);
    LocalDate on = values.date(ON);
    // An attestation is taken once the task is open; the day a head left may be any day in post.
    LocalDate earliest = outcome == Outcome.LEFT_POST ? duty.appointedOn() : round.noticeOn();
    LocalDate today = calendar.today();
    if (on != null && outcome != null && (on.isBefore(earliest) || on.isAfter(today))) {
      values.error(ON, "duties.attestation.date", earliest, today);
    }
    String note = values.text(NOTE, outcome == Outcome.NOT_PASSED || outcome == Outcome.LEFT_POST, 1000);
    return new Result(duty, round, outcome, on, note);
  }

  @Override
  protected void record(DelegateExecution execution, Result result) {
    String order = result.duty().orderNumber();
    String user = CurrentUser.id(execution);
    duties.recordAttestation(order, result.round().round(), result.outcome().name(), result.on(), result.note(), user);
    if (result.outcome() == Outcome.LEFT_POST) {
      duties.leftPost(order, result.on());
    }
    duties.event(order, result.outcome() == Outcome.LEFT_POST ? "HEAD_LEFT_POST" : "ATTESTATION_" + result.outcome(),
        "round " + result.round().round() + " on " + result.on() + (result.note() == null ? "" : ": " + result.note()),
        user);
    execution.removeVariable(RESULT);
    execution.removeVariable(ON);
    execution.removeVariable(NOTE);
  }
}
