package kz.edu.leaders.reserve;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start, gives every entry still in the reserve its {@link ReserveTerm} if it has none: entries enrolled before the
 * term became a process (or restored from a backup of that time) would otherwise never expire. An entry whose term is
 * over already expires at once (its timer is due). Runs before the other start-up work; off with
 * {@code leaders.reserve.term-backfill=false}.
 */
@Component
public class ReserveTermBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(ReserveTermBackfill.class);

  private final JdbcTemplate jdbc;
  private final RuntimeService runtimeService;
  private final ReserveTerm term;
  private final boolean enabled;

  public ReserveTermBackfill(JdbcTemplate jdbc, RuntimeService runtimeService, ReserveTerm term,
                             @Value("${leaders.reserve.term-backfill:true}") boolean enabled) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.term = term;
    this.enabled = enabled;
  }

  private record Entry(String applicationNumber, LocalDate validUntil) {}

  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE + 100)
  public void onStart() {
    if (enabled) {
      int started = run();
      if (started > 0) {
        LOG.info("Started the ReserveTerm of {} reserve entries that had none", started);
      }
    }
  }

  /** Starts the missing terms; returns how many. */
  public int run() {
    Set<String> running = new HashSet<>();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ReserveTerm.PROCESS_KEY).list().stream()
        .map(ProcessInstance::getBusinessKey).forEach(running::add);
    List<Entry> active = jdbc.query("""
            SELECT application_number, valid_until FROM reserve_entry
            WHERE status = 'ACTIVE' AND application_number IS NOT NULL""",
        (rs, i) -> new Entry(rs.getString(1), rs.getDate(2).toLocalDate()));
    int started = 0;
    for (Entry entry : active) {
      if (!running.contains(entry.applicationNumber())) {
        term.start(entry.applicationNumber(), entry.validUntil());
        started++;
      }
    }
    return started;
  }
}
