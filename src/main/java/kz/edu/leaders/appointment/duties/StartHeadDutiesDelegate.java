package kz.edu.leaders.appointment.duties;

import kz.edu.leaders.appointment.AppointmentOrderRepository;
import kz.edu.leaders.appointment.VacancyRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Start the head's recurring duties", in DirectorAppointment right after the order: opens the appointment's
 * {@code head_duty} record from the order and the case (not from variables) and starts its HeadDuties process. A
 * retried step opens and starts nothing twice.
 */
@Component
public class StartHeadDutiesDelegate implements JavaDelegate {

  private final VacancyRepository vacancies;
  private final AppointmentOrderRepository orders;
  private final HeadDutyRepository duties;
  private final HeadDuties process;

  public StartHeadDutiesDelegate(VacancyRepository vacancies, AppointmentOrderRepository orders,
                                 HeadDutyRepository duties, HeadDuties process) {
    this.vacancies = vacancies;
    this.orders = orders;
    this.duties = duties;
    this.process = process;
  }

  @Override
  public void execute(DelegateExecution execution) {
    startFor(execution.getProcessBusinessKey());
  }

  /** Opens and starts the duties of the case's order; nothing when they exist. */
  public void startFor(String vacancyNumber) {
    VacancyRepository.Vacancy vacancy = vacancies.get(vacancyNumber);
    AppointmentOrderRepository.Order order = orders.forVacancy(vacancy.number())
        .orElseThrow(() -> new IllegalStateException("No appointment order for " + vacancy.number()));
    duties.open(new HeadDutyRepository.NewDuty(order.number(), vacancy.number(), order.appointeeName(),
        vacancy.school(), vacancy.region(), vacancy.post(), order.orderDate()));
    process.start(duties.get(vacancy.number()));
  }
}
