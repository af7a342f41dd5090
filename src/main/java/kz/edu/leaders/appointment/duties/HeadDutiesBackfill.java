package kz.edu.leaders.appointment.duties;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appointment orders issued before HeadDuties existed have no duties: with
 * {@code leaders.appointment.duties.backfill-on-start} the start-up opens them, one order per transaction (its record
 * and its process together), so that a node starting at the same time, which fails on the record's key, starts no
 * second process. A head appointed long ago gets the rounds and the rotation already due at once, as tasks and
 * escalations: the department records what happened.
 */
@Component
public class HeadDutiesBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(HeadDutiesBackfill.class);

  private final JdbcTemplate jdbc;
  private final StartHeadDutiesDelegate start;
  private final HeadDutySettings settings;
  private final TransactionTemplate perOrder;

  public HeadDutiesBackfill(JdbcTemplate jdbc, StartHeadDutiesDelegate start, HeadDutySettings settings,
                            PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.start = start;
    this.settings = settings;
    this.perOrder = new TransactionTemplate(transactionManager);
  }

  @EventListener(ApplicationReadyEvent.class)
  public void onStart() {
    if (settings.isBackfillOnStart()) {
      int opened = backfill();
      LOG.info("Head duties opened for {} appointment orders issued before them", opened);
    }
  }

  /** Opens the duties of every order without them; returns how many it opened. */
  public int backfill() {
    List<String> cases = jdbc.queryForList("""
        SELECT o.vacancy_number FROM appointment_order o
        WHERE NOT EXISTS (SELECT 1 FROM head_duty d WHERE d.order_number = o.order_number)
        ORDER BY o.order_number""", String.class);
    int opened = 0;
    for (String vacancy : cases) {
      try {
        perOrder.executeWithoutResult(status -> start.startFor(vacancy));
        opened++;
      } catch (DataAccessException raced) {
        LOG.info("Head duties of {} were opened by another node: {}", vacancy, raced.getMessage());
      }
    }
    return opened;
  }
}
