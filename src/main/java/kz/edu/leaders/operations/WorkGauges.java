package kz.edu.leaders.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import kz.edu.leaders.notification.NotificationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The work waiting, as gauges: open user tasks per candidate group, open incidents per process, instances started
 * and ended per process (from the history), the notification outbox per state and the age of its oldest waiting row.
 * They are read from the tables in one look that answers every scrape for {@code leaders.operations.cache-time};
 * being the database's numbers, every node reports the same ones (take max, not sum, over nodes). A group, a process
 * or a state gets its series from the first look that knows it (all groups and deployed processes at start) and keeps
 * it, at 0 when nothing is left, so an alert sees a fall to 0 rather than a series that stops.
 */
@Component
public class WorkGauges implements MeterBinder {

  /** States whose rows still wait to be sent (the outbox's). */
  static final List<String> WAITING = List.of(NotificationRepository.QUEUED, NotificationRepository.SENDING,
      NotificationRepository.FAILED);

  record Look(Instant at, long openTasks, Map<String, Long> tasksPerGroup, Map<String, Long> unassignedPerGroup,
              Map<String, Long> incidentsPerProcess, Map<String, Long> startedPerProcess,
              Map<String, Long> endedPerProcess, Map<String, Long> notificationsPerState,
              Map<String, Instant> oldestWaitingPerState, Set<String> groups, Set<String> processes) {

    double oldestWaitingSeconds(String state) {
      Instant oldest = oldestWaitingPerState.get(state);
      return oldest == null ? 0 : Math.max(0, Duration.between(oldest, at).toMillis() / 1000.0);
    }
  }

  private final JdbcTemplate jdbc;
  private final NotificationRepository outbox;
  private final Cached<Look> look;
  private final Set<String> registered = new HashSet<>();
  private volatile MeterRegistry registry;

  @Autowired
  public WorkGauges(JdbcTemplate jdbc, NotificationRepository outbox, OperationsSettings settings) {
    this(jdbc, outbox, settings, Clock.systemUTC());
  }

  WorkGauges(JdbcTemplate jdbc, NotificationRepository outbox, OperationsSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.look = new Cached<>(() -> look(clock.instant()), settings.getCacheTime(), clock);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    this.registry = registry;
    gauge("leaders.tasks.open", "Open user tasks", Map.of(), l -> l.openTasks()).register(registry);
    for (String state : NotificationRepository.STATES) {
      gauge("leaders.notifications", "Notifications in the outbox in this state", Map.of("state", state),
          l -> l.notificationsPerState().getOrDefault(state, 0L)).register(registry);
    }
    for (String state : WAITING) {
      gauge("leaders.notifications.oldest.age", "Seconds since the oldest notification in this state was queued",
          Map.of("state", state), l -> l.oldestWaitingSeconds(state)).baseUnit("seconds").register(registry);
    }
  }

  /** Registers the series of the groups and processes there are once the tables are there. */
  @EventListener(ApplicationReadyEvent.class)
  public void registerKnownSeries() {
    registerSeries(current());
  }

  Look current() {
    return look.get();
  }

  private Look look(Instant now) {
    Map<String, Long> tasks = new HashMap<>();
    Map<String, Long> unassigned = new HashMap<>();
    jdbc.query("""
        SELECT I.GROUP_ID_, COUNT(DISTINCT T.ID_), COUNT(DISTINCT CASE WHEN T.ASSIGNEE_ IS NULL THEN T.ID_ END)
        FROM ACT_RU_IDENTITYLINK I JOIN ACT_RU_TASK T ON T.ID_ = I.TASK_ID_
        WHERE I.TYPE_ = 'candidate' AND I.GROUP_ID_ IS NOT NULL
        GROUP BY I.GROUP_ID_""", rs -> {
          tasks.put(rs.getString(1), rs.getLong(2));
          unassigned.put(rs.getString(1), rs.getLong(3));
        });
    Long open = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK", Long.class);
    Map<String, Long> incidents = new HashMap<>();
    jdbc.query("""
        SELECT D.KEY_, COUNT(*) FROM ACT_RU_INCIDENT I JOIN ACT_RE_PROCDEF D ON D.ID_ = I.PROC_DEF_ID_
        GROUP BY D.KEY_""", rs -> {
          incidents.put(rs.getString(1), rs.getLong(2));
        });
    Map<String, Long> started = new HashMap<>();
    Map<String, Long> ended = new HashMap<>();
    jdbc.query("SELECT PROC_DEF_KEY_, COUNT(*), COUNT(END_TIME_) FROM ACT_HI_PROCINST GROUP BY PROC_DEF_KEY_", rs -> {
      started.put(rs.getString(1), rs.getLong(2));
      ended.put(rs.getString(1), rs.getLong(3));
    });
    Map<String, Instant> oldest = new HashMap<>();
    jdbc.query("SELECT state, MIN(created_at) FROM notification WHERE state IN ('QUEUED', 'SENDING', 'FAILED') "
        + "GROUP BY state", rs -> {
          Timestamp at = rs.getTimestamp(2);
          if (at != null) {
            oldest.put(rs.getString(1), at.toInstant());
          }
        });
    Set<String> groups = new HashSet<>(jdbc.queryForList("SELECT ID_ FROM ACT_ID_GROUP", String.class));
    groups.addAll(tasks.keySet());
    Set<String> processes = new HashSet<>(jdbc.queryForList("SELECT DISTINCT KEY_ FROM ACT_RE_PROCDEF", String.class));
    processes.addAll(started.keySet());
    Look look = new Look(now, open == null ? 0 : open, tasks, unassigned, incidents, started, ended, outbox.backlog(),
        oldest, groups, processes);
    registerSeries(look);
    return look;
  }

  /** New groups and processes get their series; a registry not bound yet gets them all when it is. */
  private synchronized void registerSeries(Look look) {
    if (registry == null) {
      return;
    }
    for (String group : look.groups()) {
      if (registered.add("group " + group)) {
        gauge("leaders.tasks.candidate", "Open user tasks of which this group is a candidate", Map.of("group", group),
            l -> l.tasksPerGroup().getOrDefault(group, 0L)).register(registry);
        gauge("leaders.tasks.unassigned", "Open user tasks of this candidate group that nobody has claimed",
            Map.of("group", group), l -> l.unassignedPerGroup().getOrDefault(group, 0L)).register(registry);
      }
    }
    for (String process : look.processes()) {
      if (registered.add("process " + process)) {
        gauge("leaders.incidents.open", "Open incidents of this process's instances", Map.of("process", process),
            l -> l.incidentsPerProcess().getOrDefault(process, 0L)).register(registry);
        gauge("leaders.process.instances.started", "Instances of this process started (the history)",
            Map.of("process", process), l -> l.startedPerProcess().getOrDefault(process, 0L)).register(registry);
        gauge("leaders.process.instances.ended", "Instances of this process ended (the history)",
            Map.of("process", process), l -> l.endedPerProcess().getOrDefault(process, 0L)).register(registry);
      }
    }
  }

  private Gauge.Builder<WorkGauges> gauge(String name, String description, Map<String, String> tags,
                                          ToDoubleFunction<Look> value) {
    Gauge.Builder<WorkGauges> builder = Gauge.builder(name, this, gauges -> value.applyAsDouble(gauges.current()))
        .description(description).strongReference(true);
    tags.forEach(builder::tag);
    return builder;
  }
}
