package kz.edu.leaders.appointment;

import java.time.format.DateTimeFormatter;
import kz.edu.leaders.common.Reason;
import kz.edu.leaders.reserve.ReserveRepository;
import kz.edu.leaders.talentpool.TalentPoolRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Issue the appointment order": to the reservist or pool member who accepted (who then leaves the active reserve or
 * pool) or to the
 * competition's winner, under the case's legal basis. A retried step finds the order and issues no second.
 */
@Component
public class IssueAppointmentOrderDelegate implements JavaDelegate {

  private final VacancyRepository vacancies;
  private final ReservistRepository reservists;
  private final ReserveRepository reserve;
  private final TalentPoolRepository pools;
  private final CompetitionResults competitions;
  private final AppointmentOrderRepository orders;
  private final CaseCalendar calendar;

  private final AppointmentNotices notices;

  public IssueAppointmentOrderDelegate(VacancyRepository vacancies, ReservistRepository reservists,
                                       CompetitionResults competitions, AppointmentOrderRepository orders,
                                       CaseCalendar calendar, ReserveRepository reserve, TalentPoolRepository pools,
                                       AppointmentNotices notices) {
    this.notices = notices;
    this.vacancies = vacancies;
    this.reservists = reservists;
    this.competitions = competitions;
    this.orders = orders;
    this.calendar = calendar;
    this.reserve = reserve;
    this.pools = pools;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VacancyRepository.Vacancy vacancy = vacancies.get(execution.getProcessBusinessKey());
    AppointmentOrderRepository.Order order;
    if (PathChoiceSubmission.Path.RESERVIST.name().equals(vacancy.path())) {
      ReservistRepository.Offer offer = reservists.acceptedOffer(vacancy.number())
          .orElseThrow(() -> new IllegalStateException("No accepted offer for " + vacancy.number()));
      order = orders.issue(vacancy.number(), vacancy.path(), offer.name(), offer.iin(), offer.certificateNumber(),
          offer.poolEntryNumber(), null, vacancy.legalBasis(), calendar.today());
      if (offer.source() == OfferSource.REGIONAL_POOL) {
        pools.markAppointed(offer.poolEntryNumber());
      } else {
        reserve.markAppointed(offer.certificateNumber());
        notices.reservistAppointed(vacancy, offer.certificateNumber(), order);
      }
    } else {
      CompetitionResults.Winner winner = competitions.winner(vacancy.number())
          .orElseThrow(() -> new IllegalStateException("No competition winner for " + vacancy.number()));
      order = orders.issue(vacancy.number(), vacancy.path(), winner.fullName(), winner.iin(), null, null,
          winner.candidateId(), vacancy.legalBasis(), calendar.today());
      notices.winnerAppointed(vacancy, winner.candidateId(), order);
    }
    Reason.Named post = vacancy.post()::name;
    Reason.Named basis = LegalBasis.valueOf(order.legalBasis())::name;
    String reason = Reason.forRecord(Reason.of("reason.orderIssued", order.number(),
        DateTimeFormatter.ofPattern("dd.MM.yyyy").format(order.orderDate()), order.appointeeName(), post, basis));
    vacancies.event(vacancy.number(), "ORDER_ISSUED", reason, null);
    execution.setVariable("orderNumber", order.number());
    execution.setVariable("appointeeName", order.appointeeName());
    execution.setVariable("outcomeReason", reason);
  }
}
