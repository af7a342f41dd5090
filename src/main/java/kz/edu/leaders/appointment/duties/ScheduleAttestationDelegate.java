package kz.edu.leaders.appointment.duties;

import kz.edu.leaders.appointment.CaseCalendar;
import kz.edu.leaders.appointment.duties.HeadDutyRepository.Attestation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Schedule the next attestation": round n falls due n x {@code attestation-every} after the appointment, the task
 * opens {@code attestation-notice} before that, and the round is overdue the day after its window
 * ({@code attestation-window}). Written into {@code head_attestation} as computed now, so a later change of the
 * settings moves the rounds scheduled after it; the timers read the variables set here. A round still waiting for its
 * result (a retried step) is scheduled again as it was, not as a new round.
 */
@Component
public class ScheduleAttestationDelegate implements JavaDelegate {

  private final HeadDutyRepository duties;
  private final HeadDutySettings settings;
  private final CaseCalendar calendar;

  public ScheduleAttestationDelegate(HeadDutyRepository duties, HeadDutySettings settings, CaseCalendar calendar) {
    this.duties = duties;
    this.settings = settings;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HeadDutyRepository.Duty duty = duties.get(execution.getProcessBusinessKey());
    Attestation round = duties.openAttestation(duty.orderNumber()).orElseGet(() -> {
      int next = duties.attestations(duty.orderNumber()).size() + 1;
      var dueOn = settings.attestationDueOn(duty.appointedOn(), next);
      Attestation scheduled = Attestation.scheduled(next, settings.attestationNoticeOn(duty.appointedOn(), dueOn),
          dueOn, settings.attestationPassBy(dueOn));
      duties.scheduleAttestation(duty.orderNumber(), scheduled);
      return scheduled;
    });
    execution.setVariable("attestationRound", round.round());
    execution.setVariable("attestationDueOn", round.dueOn().toString());
    execution.setVariable("attestationPassBy", round.passBy().toString());
    execution.setVariable("attestationNoticeAt", calendar.startOf(round.noticeOn()));
    execution.setVariable("attestationOverdueAt", calendar.startOf(round.passBy().plusDays(1)));
  }
}
