package kz.edu.leaders.demo;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo profile ({@code leaders.demo.cohort=true}): on the first start, Jambyl region's "Best Leading School" contest
 * in progress, through the real process: the organiser announces it and registers four leading schools, all
 * admitted; juror3 is recused from entry 2 (own district); juror has scored every entry, juror2 the first two;
 * the other scoring tasks wait in Tasklist (juror2, juror3, jurychair).
 */
@Component
@Profile("demo")
public class DemoContest {

  private static final Logger LOG = LoggerFactory.getLogger(DemoContest.class);

  private final ContestSteps contest;
  private final JdbcTemplate jdbc;
  private final boolean enabled;

  public DemoContest(ContestSteps contest, JdbcTemplate jdbc, @Value("${leaders.demo.cohort:false}") boolean enabled) {
    this.contest = contest;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(160)
  public void seedOnFirstStart() {
    if (!enabled) {
      return;
    }
    Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM contest", Integer.class);
    if (existing != null && existing == 0) {
      seed();
    }
  }

  /** Announces and runs the demo contest up to the scores; answers its number. */
  public String seed() {
    ProcessInstance instance = contest.announce("organiser", ContestSteps.announcement(
        LocalDateTime.now().plusDays(14).withHour(18).withMinute(0).withSecond(0)));
    contest.register("organiser", instance, List.of(ContestSteps.entry(1), ContestSteps.entry(2)), false);
    contest.register("organiser", instance, List.of(ContestSteps.entry(3), ContestSteps.entry(4)), true);
    contest.admit("organiser", instance, 4, Map.of());
    contest.declareConflicts("juror", instance, Map.of());
    contest.declareConflicts("juror2", instance, Map.of());
    contest.declareConflicts("juror3", instance, Map.of(2, "OWN_DISTRICT"));
    contest.declareConflicts("jurychair", instance, Map.of());
    for (int entry = 1; entry <= 4; entry++) {
      contest.score("juror", instance, entry, List.of(5 - entry % 3, 4, 5, 8, 4, 5, 4));
    }
    contest.score("juror2", instance, 1, List.of(4, 5, 4, 9, 5, 4, 5));
    contest.score("juror2", instance, 2, List.of(3, 4, 4, 7, 4, 4, 3));
    LOG.info("Demo contest {}: Jambyl region, 4 entries admitted, juror3 recused from entry 2, 6 of 15 scores in",
        instance.getBusinessKey());
    return instance.getBusinessKey();
  }
}
