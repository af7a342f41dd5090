package kz.edu.bench.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.notification.NotificationSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The invariants of what simulators left in the database, for the simulator's own applications (registered by
 * {@link SimulatorUsers#OPERATOR}) of a cycle and its own vacancies: run at the end of a simulation, and alone
 * ({@code leaders.simulator.check-only=true}) after a crash and restart or a two-node run. Each check answers
 * PASS or FAIL with the counts behind it.
 */
@Component
public class SimulationCheck {

  public record Result(String name, boolean passed, String detail) {
    public Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("check", name);
      map.put("result", passed ? "PASS" : "FAIL");
      map.put("detail", detail);
      return map;
    }

    public String line() {
      return (passed ? "PASS" : "FAIL") + "  " + name + ": " + detail;
    }
  }

  private static final String RUNNING = "EXISTS (SELECT 1 FROM ACT_RU_EXECUTION e WHERE e.ID_ = %s AND e.PROC_INST_ID_ = e.ID_)";

  private final JdbcTemplate jdbc;
  private final NotificationSettings notifications;
  private final SimulatorSettings settings;

  public SimulationCheck(JdbcTemplate jdbc, NotificationSettings notifications, SimulatorSettings settings) {
    this.jdbc = jdbc;
    this.notifications = notifications;
    this.settings = settings;
  }

  public List<Result> run(int cycle) {
    String own = "a.registered_by = '" + SimulatorUsers.OPERATOR + "' AND a.cycle_year = " + cycle;
    String ownVacancy = "v.registered_by LIKE '" + SimulatorUsers.DISTRICT_PREFIX + "%'";
    List<Result> results = new ArrayList<>();

    long applications = count("SELECT COUNT(*) FROM application a WHERE " + own);
    long closed = count("SELECT COUNT(*) FROM application a WHERE " + own + " AND a.status = 'CLOSED'");
    long closedBadly = count("SELECT COUNT(*) FROM application a WHERE " + own + " AND a.status = 'CLOSED' AND ("
        + "a.outcome IS NULL OR " + RUNNING.formatted("a.process_instance_id") + ")");
    long waitingForTest = count("SELECT COUNT(*) FROM application a WHERE " + own
        + " AND a.status = 'IN_PROGRESS' AND a.stage = 'TEST' AND EXISTS (SELECT 1 FROM ACT_RU_EVENT_SUBSCR s"
        + " WHERE s.PROC_INST_ID_ = a.process_instance_id AND s.EVENT_NAME_ = 'TestResultReceived')");
    long openElsewhere = count("SELECT COUNT(*) FROM application a WHERE " + own + " AND a.status = 'IN_PROGRESS'")
        - waitingForTest;
    long openButEnded = count("SELECT COUNT(*) FROM application a WHERE " + own + " AND a.status = 'IN_PROGRESS'"
        + " AND NOT " + RUNNING.formatted("a.process_instance_id"));
    results.add(new Result("every application reached exactly one outcome, or legitimately waits",
        closedBadly == 0 && openElsewhere == 0 && openButEnded == 0,
        applications + " applications: " + closed + " closed with an outcome and an ended instance ("
            + closedBadly + " not), " + waitingForTest + " waiting for a test result (no-show timer pending), "
            + openElsewhere + " still open at another stage, " + openButEnded + " open with an ended instance"));

    long twoInstances = count("SELECT COUNT(*) FROM (SELECT h.BUSINESS_KEY_ FROM ACT_HI_PROCINST h JOIN application a"
        + " ON a.application_number = h.BUSINESS_KEY_ WHERE h.PROC_DEF_KEY_ = 'ReserveSelection' AND " + own
        + " GROUP BY h.BUSINESS_KEY_ HAVING COUNT(*) > 1) twice");
    long noInstance = count("SELECT COUNT(*) FROM application a WHERE " + own + " AND NOT EXISTS (SELECT 1 FROM"
        + " ACT_HI_PROCINST h WHERE h.ID_ = a.process_instance_id)");
    results.add(new Result("one process instance per application", twoInstances == 0 && noInstance == 0,
        twoInstances + " applications with two or more ReserveSelection instances, " + noInstance + " without one"));

    long duplicatedEntries = count("SELECT COUNT(*) FROM (SELECT r.application_number FROM reserve_entry r JOIN"
        + " application a ON a.application_number = r.application_number WHERE " + own
        + " GROUP BY r.application_number HAVING COUNT(*) > 1) twice");
    long enrolled = count("SELECT COUNT(*) FROM application a WHERE " + own + " AND a.outcome = 'ENROLLED'");
    long enrolledWithout = count("SELECT COUNT(*) FROM application a WHERE " + own + " AND a.outcome = 'ENROLLED'"
        + " AND NOT EXISTS (SELECT 1 FROM reserve_entry r WHERE r.application_number = a.application_number)");
    long entriesNotEnrolled = count("SELECT COUNT(*) FROM reserve_entry r JOIN application a ON"
        + " a.application_number = r.application_number WHERE " + own + " AND COALESCE(a.outcome, '-') <> 'ENROLLED'");
    results.add(new Result("no reserve entry duplicated",
        duplicatedEntries == 0 && enrolledWithout == 0 && entriesNotEnrolled == 0,
        enrolled + " enrolled; " + duplicatedEntries + " applications with two entries, " + enrolledWithout
            + " enrolled without an entry, " + entriesNotEnrolled + " entries of applications not enrolled"));

    long vacancies = count("SELECT COUNT(*) FROM vacancy v WHERE " + ownVacancy);
    long filled = count("SELECT COUNT(*) FROM vacancy v WHERE " + ownVacancy + " AND v.status = 'FILLED'");
    long duplicatedOrders = count("SELECT COUNT(*) FROM (SELECT o.vacancy_number FROM appointment_order o JOIN vacancy"
        + " v ON v.vacancy_number = o.vacancy_number WHERE " + ownVacancy
        + " GROUP BY o.vacancy_number HAVING COUNT(*) > 1) twice");
    long filledWithout = count("SELECT COUNT(*) FROM vacancy v WHERE " + ownVacancy + " AND v.status = 'FILLED' AND"
        + " NOT EXISTS (SELECT 1 FROM appointment_order o WHERE o.vacancy_number = v.vacancy_number)");
    long reservistTwice = count("SELECT COUNT(*) FROM (SELECT o.certificate_number FROM appointment_order o WHERE"
        + " o.certificate_number IS NOT NULL GROUP BY o.certificate_number HAVING COUNT(*) > 1) twice");
    long openVacancies = count("SELECT COUNT(*) FROM vacancy v WHERE " + ownVacancy + " AND v.status = 'OPEN'");
    long openButEndedVacancies = count("SELECT COUNT(*) FROM vacancy v WHERE " + ownVacancy
        + " AND v.status = 'OPEN' AND NOT " + RUNNING.formatted("v.process_instance_id"));
    results.add(new Result("no appointment order duplicated",
        duplicatedOrders == 0 && filledWithout == 0 && reservistTwice == 0,
        vacancies + " vacancies, " + filled + " filled; " + duplicatedOrders + " with two orders, " + filledWithout
            + " filled without an order, " + reservistTwice + " reservists appointed twice"));
    results.add(new Result("every vacancy filled or closed", openVacancies == 0 && openButEndedVacancies == 0,
        openVacancies + " still open (" + openButEndedVacancies + " of them with an ended instance)"));

    String ownInstance = "((p.BUSINESS_KEY_ IN (SELECT a.application_number FROM application a WHERE " + own + "))"
        + " OR (p.BUSINESS_KEY_ IN (SELECT v.vacancy_number FROM vacancy v WHERE " + ownVacancy + ")))";
    long running = count("SELECT COUNT(*) FROM ACT_RU_EXECUTION p WHERE p.ID_ = p.PROC_INST_ID_ AND " + ownInstance);
    long lost = count("SELECT COUNT(*) FROM ACT_RU_EXECUTION p WHERE p.ID_ = p.PROC_INST_ID_ AND " + ownInstance
        + " AND NOT EXISTS (SELECT 1 FROM ACT_RU_TASK t WHERE t.PROC_INST_ID_ = p.ID_)"
        + " AND NOT EXISTS (SELECT 1 FROM ACT_RU_JOB j WHERE j.PROCESS_INSTANCE_ID_ = p.ID_)"
        + " AND NOT EXISTS (SELECT 1 FROM ACT_RU_EVENT_SUBSCR s WHERE s.PROC_INST_ID_ = p.ID_)"
        + " AND NOT EXISTS (SELECT 1 FROM ACT_RU_EXECUTION c JOIN ACT_RU_EXECUTION x ON x.ID_ = c.SUPER_EXEC_"
        + " WHERE x.PROC_INST_ID_ = p.ID_)");
    long incidents = count("SELECT COUNT(*) FROM ACT_RU_INCIDENT i JOIN ACT_RU_EXECUTION p ON"
        + " p.ID_ = i.PROC_INST_ID_ WHERE " + ownInstance);
    results.add(new Result("every running instance waits on something (no lost task)", lost == 0 && incidents == 0,
        running + " running instances, " + lost + " waiting on nothing (no task, job, subscription or called"
            + " instance), " + incidents + " incidents"));
    if (notifications.isWorkerEnabled()) {
      results.add(outboxWorkedOff(settings.getOutboxDrain()));
    }
    return results;
  }

  /**
   * With a worker on this node, every notification any run queued must end up sent: after a crash the rows left
   * queued, or claimed by the dead node, are this node's to send. Judged once nothing is waiting or the drain time is
   * up. Whether each went out once is for the receiving server to tell (scripts/durability.sh compares its log with
   * the SENT rows).
   */
  Result outboxWorkedOff(Duration drain) {
    long deadline = System.nanoTime() + drain.toNanos();
    String waiting = "SELECT COUNT(*) FROM notification WHERE state IN ('QUEUED', 'SENDING')";
    while (count(waiting) > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    Map<String, Long> byState = new LinkedHashMap<>();
    jdbc.query("SELECT state, COUNT(*) FROM notification GROUP BY state ORDER BY state",
        rs -> { byState.put(rs.getString(1), rs.getLong(2)); });
    long all = byState.values().stream().mapToLong(Long::longValue).sum();
    long sent = byState.getOrDefault("SENT", 0L);
    return new Result("every queued notification sent", all > 0 && sent == all,
        all + " notifications by state " + byState + (all == 0 ? " (none queued: nothing was told)" : ""));
  }

  private long count(String sql) {
    Long n = jdbc.queryForObject(sql, Long.class);
    return n == null ? 0 : n;
  }
}
