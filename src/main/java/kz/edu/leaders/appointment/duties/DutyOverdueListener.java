package kz.edu.leaders.appointment.duties;

import kz.edu.leaders.common.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of an escalation to the regional head: the moment the duty became overdue goes into the record, under the
 * element's {@code overdue} property ({@code ATTESTATION}: the open round is marked; {@code ROTATION}), so that the
 * record tells of it without the engine's history. The round the escalation is about is kept in the escalation's own
 * variables.
 */
@Component
public class DutyOverdueListener implements ExecutionListener {

  private final HeadDutyRepository duties;

  public DutyOverdueListener(HeadDutyRepository duties) {
    this.duties = duties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    HeadDutyRepository.Duty duty = duties.get(execution.getProcessBusinessKey());
    String overdue = ModelProperties.required(execution, "overdue");
    switch (overdue) {
      case "ATTESTATION" -> duties.openAttestation(duty.orderNumber()).ifPresent(round -> {
        duties.markAttestationOverdue(duty.orderNumber(), round.round());
        // Local to the escalation: the officers' next round, if it comes first, does not change what the head reads.
        execution.setVariableLocal("overdueRound", round.round());
        execution.setVariableLocal("overdueDueOn", round.dueOn().toString());
        execution.setVariableLocal("overduePassBy", round.passBy().toString());
        duties.event(duty.orderNumber(), "ATTESTATION_OVERDUE", "round " + round.round() + ": due on "
            + round.dueOn() + ", not recorded by " + round.passBy(), null);
      });
      case "ROTATION" -> duties.event(duty.orderNumber(), "ROTATION_OVERDUE", "no decision by the limit "
          + duty.rotationLimitOn(), null);
      default -> throw new IllegalStateException("Unknown overdue duty '" + overdue + "'");
    }
  }
}
