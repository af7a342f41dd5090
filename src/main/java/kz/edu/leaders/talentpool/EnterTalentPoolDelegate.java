package kz.edu.leaders.talentpool;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Enter the person into the pool": the approved nomination becomes an active entry of the region's pool for the
 * term the reviewer set. A retried step finds the entry and writes no second.
 */
@Component
public class EnterTalentPoolDelegate implements JavaDelegate {

  private final TalentPoolRepository pool;
  private final PoolCalendar calendar;

  public EnterTalentPoolDelegate(TalentPoolRepository pool, PoolCalendar calendar) {
    this.pool = pool;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TalentPoolRepository.Nomination nomination = pool.getNomination(execution.getProcessBusinessKey());
    if (!TalentPoolRepository.APPROVED.equals(nomination.status())) {
      throw new IllegalStateException("Nomination " + nomination.number() + " is not approved");
    }
    TalentPoolRepository.Entry entry = pool.enter(nomination, calendar.today().getYear());
    execution.setVariable("poolEntryNumber", entry.number());
  }
}
