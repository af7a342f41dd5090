package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.edu.leaders.support.PostgresCondition;
import kz.edu.leaders.support.TestProfiles;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo profile's first start: a cohort with work at every stage and every outcome. Not an
 * {@code @AppTest}: the cohort runs processes while the context starts, before process test coverage can
 * track them, so this context goes without coverage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@ExtendWith(PostgresCondition.class)
@TestPropertySource(properties = "leaders.demo.cohort=true")
class DemoCohortAppTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired DemoCohort cohort;

  @Test
  void everyStageHasWorkAndEveryOutcomeOccurs() {
    Map<String, Long> outcomes = jdbc.queryForList("SELECT COALESCE(outcome, 'IN_PROGRESS') FROM application", String.class)
        .stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
    assertThat(outcomes).containsOnlyKeys("IN_PROGRESS", "INELIGIBLE", "CORRECTION_OVERDUE", "REJECTED_DOCUMENTS",
        "TEST_FAILED", "TEST_NO_SHOW", "INTERNSHIP_FAILED", "FINAL_ASSESSMENT_FAILED", "INTERVIEW_FAILED", "ENROLLED");
    assertThat(outcomes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(33);
    assertThat(outcomes).containsEntry("ENROLLED", 2L).containsEntry("INELIGIBLE", 3L);

    List<String> waiting = taskService.createTaskQuery().list().stream().map(t -> t.getTaskDefinitionKey())
        .distinct().toList();
    assertThat(waiting).contains("Task_CheckDocuments", "Task_ReceiveCorrectedDocuments", "Task_AssignInternship",
        "Task_EvaluateInternship", "Task_AssessReport", "Task_ThirdAssessment", "Task_MemberAnswers",
        "Task_ChairDecides");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reserve_entry", Integer.class)).isEqualTo(2);
  }

  @Test
  void aSecondStartAddsNothing() {
    Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM application", Integer.class);
    cohort.seedOnFirstStart();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application", Integer.class)).isEqualTo(before);
  }
}
