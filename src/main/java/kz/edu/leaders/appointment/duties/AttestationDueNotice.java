package kz.edu.leaders.appointment.duties;

import kz.edu.leaders.appointment.AppointmentNotices;
import kz.edu.leaders.appointment.AppointmentOrderRepository;
import kz.edu.leaders.appointment.VacancyRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of "Record the attestation": the head is told that the attestation falls due and by when to pass it
 * (notification head-attestation-due), once per round (the notification's key), from the records.
 */
@Component
public class AttestationDueNotice implements ExecutionListener {

  private final HeadDutyRepository duties;
  private final VacancyRepository vacancies;
  private final AppointmentOrderRepository orders;
  private final AppointmentNotices notices;

  public AttestationDueNotice(HeadDutyRepository duties, VacancyRepository vacancies,
                              AppointmentOrderRepository orders, AppointmentNotices notices) {
    this.duties = duties;
    this.vacancies = vacancies;
    this.orders = orders;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    HeadDutyRepository.Duty duty = duties.get(number);
    duties.openAttestation(duty.orderNumber()).ifPresent(round -> orders.forVacancy(number).ifPresent(order ->
        notices.headAttestationDue(vacancies.get(number), order, round.round(), round.dueOn(), round.passBy())));
  }
}
