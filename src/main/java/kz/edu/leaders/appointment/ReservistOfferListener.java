package kz.edu.leaders.appointment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Shows the answer form who was offered the post, from where, and when, from the open offer on record. */
@Component
public class ReservistOfferListener implements ExecutionListener {

  private final ReservistRepository reservists;

  public ReservistOfferListener(ReservistRepository reservists) {
    this.reservists = reservists;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ReservistRepository.Offer offer = reservists.openOffer(execution.getProcessBusinessKey())
        .orElseThrow(() -> new IllegalStateException("No open offer for " + execution.getProcessBusinessKey()));
    execution.setVariable("offeredReservist", offer.name() + " (" + offer.number() + ") · " + offer.source().label());
    execution.setVariable("offeredOn", offer.offeredOn().toString());
  }
}
