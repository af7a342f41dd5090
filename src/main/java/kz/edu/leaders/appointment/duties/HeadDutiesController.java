package kz.edu.leaders.appointment.duties;

import java.util.List;
import kz.edu.leaders.appointment.CaseAccess;
import kz.edu.leaders.web.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An appointed head's recurring duties, read only, beside the case they come from: the record, every attestation and
 * the audit trail. The case API's rules of access: a case of a region the caller does not work in, or one without an
 * order yet, answers 404.
 */
@RestController
public class HeadDutiesController {

  private final CaseAccess access;
  private final HeadDutyRepository duties;

  public HeadDutiesController(CaseAccess access, HeadDutyRepository duties) {
    this.access = access;
    this.duties = duties;
  }

  @GetMapping("/api/appointment/cases/{vacancyNumber}/duties")
  public Duties duties(@PathVariable String vacancyNumber) {
    HeadDutyRepository.Duty duty = duties.find(vacancyNumber)
        .filter(found -> access.ofCaller().covers(found.region().name()))
        .orElseThrow(() -> Refusal.of(404, "duties.notFound", vacancyNumber));
    return new Duties(duty, duties.attestations(duty.orderNumber()), duties.events(duty.orderNumber()));
  }

  public record Duties(HeadDutyRepository.Duty duty, List<HeadDutyRepository.Attestation> attestations,
                       List<HeadDutyRepository.Event> events) {}
}
