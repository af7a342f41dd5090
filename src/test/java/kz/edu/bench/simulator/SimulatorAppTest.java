package kz.edu.bench.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.edu.bench.BenchBeans;
import kz.edu.leaders.LeadersApplication;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.support.AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The simulator in-process on a small cycle (job executor off: it runs the jobs itself). Seed 33 sends 60
 * applications through every outcome of the selection, two of them into the reserve; a second run on the same
 * database registers nothing twice.
 * <p>The app-test context has no simulator bean ({@code kz.edu.bench} is outside the app's scan root): the simulator's
 * beans are made in a child context of it, so the test shares the other app tests' context and engine. The app's
 * configuration is named because a test outside {@code kz.edu.leaders} does not find it by its package.
 */
@AppTest
@ContextConfiguration(classes = LeadersApplication.class)
class SimulatorAppTest {

  @Autowired ApplicationContext app;
  @Autowired JdbcTemplate jdbc;
  AnnotationConfigApplicationContext bench;
  Simulator simulator;

  @BeforeEach
  void benchBeans() {
    bench = new AnnotationConfigApplicationContext();
    bench.setParent(app);
    bench.register(BenchBeans.class);
    bench.refresh();
    simulator = bench.getBean(Simulator.class);
  }

  @AfterEach
  void closeBenchBeans() {
    bench.close();
  }

  @Test
  void theAppContextHoldsNoBenchBean() {
    assertThat(Arrays.stream(app.getBeanDefinitionNames()).map(app::getType)
        .filter(type -> type != null && type.getName().startsWith("kz.edu.bench."))).isEmpty();
    assertThat(bench.getBeanNamesForType(Simulator.class)).hasSize(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aSmallCycleReachesItsOutcomesAndTheInvariantsHold() {
    SimulatorSettings settings = new SimulatorSettings();
    settings.setApplications(60);
    settings.setVacancies(2);
    settings.setThreads(2);
    settings.setSeed(33);
    settings.setBaselineInstances(20);
    settings.setProgressSeconds(2);
    settings.setSampleMillis(200);

    Map<String, Object> report = simulator.run(settings);

    List<Map<String, Object>> checks = (List<Map<String, Object>>) report.get("checks");
    assertThat(checks).hasSize(6).allSatisfy(check -> assertThat(check.get("result")).as(check.toString())
        .isEqualTo("PASS"));
    assertThat(report.get("passed")).isEqualTo(true);
    Map<String, Long> outcomes = (Map<String, Long>) report.get("applicationOutcomes");
    assertThat(outcomes.get("ENROLLED")).isGreaterThanOrEqualTo(1L);
    assertThat(outcomes).containsKeys("INELIGIBLE", "TEST_FAILED");
    Map<String, Long> vacancies = (Map<String, Long>) report.get("vacancyOutcomes");
    assertThat(vacancies.entrySet()).allSatisfy(v -> assertThat(v.getKey()).startsWith("FILLED"));
    Map<String, Object> project = (Map<String, Object>) report.get("project");
    assertThat((Long) project.get("applicationsRegistered") + (Long) project.get("applicationsAlreadyThere"))
        .isEqualTo(60L);
    assertThat((Map<String, Object>) project.get("errors")).isEmpty();
    // Documents were checked by the operators of each application's region; its own operator only registered.
    List<Map<String, Object>> documentDecisions = jdbc.queryForList("""
        SELECT a.region, d.decided_by FROM application_decision d
        JOIN application a ON a.application_number = d.application_number
        WHERE a.registered_by = ? AND d.stage IN ('DOCUMENT_CHECK', 'DOCUMENT_CORRECTION')""", SimulatorUsers.OPERATOR);
    assertThat(documentDecisions).isNotEmpty().allSatisfy(d -> assertThat(d.get("decided_by"))
        .isEqualTo(SimulatorUsers.regionalOperator(Region.valueOf((String) d.get("region")))));
    assertThat(documentDecisions.stream().map(d -> d.get("region")).distinct()).as("regions").hasSizeGreaterThan(1);
    assertThat((Map<String, Object>) project.get("operatorMyGroupTasksLatency")).extractingByKey("count")
        .isNotEqualTo(0);
    Map<String, Object> bare = (Map<String, Object>) report.get("bareEngine");
    assertThat(bare.get("tasksCompleted")).isEqualTo((long) 20 * (Integer) bare.get("userTasksPerInstance"));

    Map<String, Object> again = simulator.run(settings);
    Map<String, Object> second = (Map<String, Object>) again.get("project");
    assertThat(second.get("applicationsRegistered")).isEqualTo(0L);
    assertThat(second.get("applicationsAlreadyThere")).isEqualTo(60L);
    assertThat(second.get("tasksCompleted")).isEqualTo(0L);
    assertThat(again.get("passed")).isEqualTo(true);
  }
}
