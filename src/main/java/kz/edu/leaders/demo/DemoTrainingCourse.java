package kz.edu.leaders.demo;

import java.time.LocalDate;
import java.util.List;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.training.ImportReport;
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
 * Demo profile ({@code leaders.demo.cohort=true}): on the first start, the seed course of Turkistan region, autumn
 * 2024: the region's 767 organisations and their heads imported, three streams from 21 October, and the first two
 * days of the first stream's attendance taken, so the trainers find their streams in Tasklist.
 */
@Component
@Profile("demo")
public class DemoTrainingCourse {

  private static final Logger LOG = LoggerFactory.getLogger(DemoTrainingCourse.class);
  static final int HEADS = 767;
  static final LocalDate FIRST_DAY = LocalDate.of(2024, 10, 21);

  private final TrainingSteps training;
  private final JdbcTemplate jdbc;
  private final boolean enabled;

  public DemoTrainingCourse(TrainingSteps training, JdbcTemplate jdbc,
                            @Value("${leaders.demo.cohort:false}") boolean enabled) {
    this.training = training;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(210)
  public void seedOnFirstStart() {
    if (!enabled) {
      return;
    }
    Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM training_course", Integer.class);
    if (existing != null && existing == 0) {
      seed();
    }
  }

  /** Plans and runs the demo course up to its streams' attendance; answers its instance. */
  public ProcessInstance seed() {
    training.registerOrganisations(Region.TURKISTAN, HEADS);
    ProcessInstance course = training.plan("regional", TrainingSteps.course("TURKISTAN", 800, FIRST_DAY));
    ImportReport imported = training.enrolCsv(course.getBusinessKey(), TrainingSteps.headsCsv(1, HEADS, 24),
        "regional");
    training.closeEnrolment("cpecoordinator", course);
    training.splitIntoStreams("cpecoordinator", course, List.of(
        List.of(FIRST_DAY.toString(), FIRST_DAY.plusDays(11).toString(), "trainer"),
        List.of(FIRST_DAY.plusDays(14).toString(), FIRST_DAY.plusDays(25).toString(), "trainer2"),
        List.of(FIRST_DAY.plusDays(28).toString(), FIRST_DAY.plusDays(39).toString(), "trainer")));
    training.recordDay("trainer", course, 1, FIRST_DAY, "4 17 58 130", false);
    training.recordDay("trainer", course, 1, FIRST_DAY.plusDays(1), "17 201", false);
    LOG.info("Demo training course {}: {} heads enrolled in 3 streams", course.getBusinessKey(), imported.accepted());
    return course;
  }
}
