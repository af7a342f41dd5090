package kz.edu.leaders.appointment.duties;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The recurring duties of one appointed head as a process ({@code bpmn/head-duties.bpmn}), started when the order is
 * issued with the vacancy's case number as business key (as ReserveTerm is started per reserve entry with the
 * application's), so the case's regional groups and task titles apply to it. The BPMN asks it by bean name whether
 * the head still holds the post ({@code ${headDuties.inPost(execution)}}): the record says, not a submitted variable.
 */
@Component("headDuties")
public class HeadDuties {

  public static final String PROCESS_KEY = "HeadDuties";

  private final RuntimeService runtimeService;
  private final HeadDutyRepository duties;

  // Lazy: the engine's services are built after the beans its delegates need.
  public HeadDuties(@Lazy RuntimeService runtimeService, HeadDutyRepository duties) {
    this.runtimeService = runtimeService;
    this.duties = duties;
  }

  /** Starts the duties of the case's appointment unless they run already (a retried order starts no second). */
  public void start(HeadDutyRepository.Duty duty) {
    boolean running = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(duty.vacancyNumber()).count() > 0;
    if (!running) {
      runtimeService.startProcessInstanceByKey(PROCESS_KEY, duty.vacancyNumber(), Variables.createVariables()
          .putValue("vacancyNumber", duty.vacancyNumber())
          .putValue("orderNumber", duty.orderNumber())
          .putValue("headName", duty.headName())
          .putValue("school", duty.school())
          .putValue("regionName", duty.region().label())
          .putValue("postName", duty.post().label())
          .putValue("appointedOn", duty.appointedOn().toString()));
    }
  }

  /** Whether the head of the instance's appointment still holds the post at this school. */
  public boolean inPost(DelegateExecution execution) {
    return HeadDutyRepository.IN_POST.equals(duties.get(execution.getProcessBusinessKey()).status());
  }
}
