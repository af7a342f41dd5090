package kz.edu.leaders.reserve;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The term of a reserve entry as a process ({@code bpmn/reserve-term.bpmn}): started at enrolment with the application
 * number as business key, it waits on a timer until the day after the last day of the term and then expires the entry
 * ({@link ExpireReserveEntryDelegate}). An entry that left the reserve before (appointed, revoked) is left as it is:
 * the delegate checks the status, so nothing needs to stop the timer.
 */
@Component
public class ReserveTerm {

  public static final String PROCESS_KEY = "ReserveTerm";
  /** The timer's due date: the start of the day after {@code valid_until}, in the calendar's zone. */
  public static final String TERM_ENDS = "reserveTermEnds";

  private final RuntimeService runtimeService;
  private final ZoneId zone;

  // Lazy: the engine's services are built after the beans its delegates need.
  public ReserveTerm(@Lazy RuntimeService runtimeService, @Value("${leaders.calendar.zone}") String zone) {
    this.runtimeService = runtimeService;
    this.zone = ZoneId.of(zone);
  }

  /** Starts the entry's term unless it runs already (a retried enrolment starts no second one). */
  public void start(String applicationNumber, LocalDate validUntil) {
    boolean running = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(applicationNumber).count() > 0;
    if (!running) {
      runtimeService.startProcessInstanceByKey(PROCESS_KEY, applicationNumber,
          Variables.createVariables().putValue(TERM_ENDS, endsAt(validUntil)));
    }
  }

  /** The first moment the entry is out of its term. */
  public Date endsAt(LocalDate validUntil) {
    return Date.from(validUntil.plusDays(1).atStartOfDay(zone).toInstant());
  }
}
