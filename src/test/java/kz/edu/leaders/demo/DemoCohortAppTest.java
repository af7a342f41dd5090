package kz.edu.leaders.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.edu.leaders.common.LoggedIn;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo profile's first start: a cohort with work at every stage and every outcome. */
@AppTest
class DemoCohortAppTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired DemoCohort cohort;
  @Autowired SelectionSteps steps;
  @Autowired IdentityService identityService;

  @Test
  void theCohortHasWorkAtEveryStageAndEveryOutcome() {
    List<String> numbers = cohort.seed();

    assertThat(numbers).hasSize(33).doesNotHaveDuplicates();
    Map<String, Long> outcomes = numbers.stream().map(number -> jdbc.queryForObject(
            "SELECT COALESCE(outcome, 'IN_PROGRESS') FROM application WHERE application_number = ?", String.class, number))
        .collect(Collectors.groupingBy(o -> o, Collectors.counting()));
    assertThat(outcomes).containsOnlyKeys("IN_PROGRESS", "INELIGIBLE", "CORRECTION_OVERDUE", "REJECTED_DOCUMENTS",
        "TEST_FAILED", "TEST_NO_SHOW", "INTERNSHIP_FAILED", "FINAL_ASSESSMENT_FAILED", "INTERVIEW_FAILED", "ENROLLED");
    assertThat(outcomes).containsEntry("ENROLLED", 2L).containsEntry("INELIGIBLE", 3L);

    List<String> waiting = taskService.createTaskQuery().processInstanceBusinessKeyIn(numbers.toArray(String[]::new))
        .list().stream().map(t -> t.getTaskDefinitionKey()).distinct().toList();
    assertThat(waiting).contains("Task_CheckDocuments", "Task_ReceiveCorrectedDocuments", "Task_AssignInternship",
        "Task_EvaluateInternship", "Task_AssessReport", "Task_ThirdAssessment");
    // Each demo operator finds document work of their own region waiting, and none of the other's.
    assertThat(groupTasks("operator", numbers)).contains("Task_CheckDocuments", "Task_ReceiveCorrectedDocuments");
    assertThat(groupTasks("operator2", numbers)).contains("Task_CheckDocuments", "Task_ReceiveCorrectedDocuments");
    assertThat(regionsOfDocumentWork("operator", numbers)).containsOnly("TURKISTAN");
    assertThat(regionsOfDocumentWork("operator2", numbers)).containsOnly("ALMATY");
    // The interview's tasks belong to the called CommissionInterview instances (same business keys).
    assertThat(taskService.createTaskQuery().processDefinitionKey("CommissionInterview")
        .processInstanceBusinessKeyIn(numbers.toArray(String[]::new)).list())
        .extracting(t -> t.getTaskDefinitionKey()).contains("Task_MemberAnswers", "Task_ChairDecides");
  }

  /** The task keys in the user's "My group tasks" (unclaimed tasks of the user's groups) among the applications. */
  List<String> groupTasks(String user, List<String> numbers) {
    return steps.as(user, () -> taskService.createTaskQuery()
        .processInstanceBusinessKeyIn(numbers.toArray(String[]::new)).taskCandidateGroupIn(LoggedIn.groupsOf(identityService, user)).taskUnassigned().list().stream()
        .map(t -> t.getTaskDefinitionKey()).distinct().toList());
  }

  /** The regions of the applications whose document tasks the user sees. */
  List<String> regionsOfDocumentWork(String user, List<String> numbers) {
    List<String> instances = steps.as(user, () -> taskService.createTaskQuery()
        .processInstanceBusinessKeyIn(numbers.toArray(String[]::new))
        .taskDefinitionKeyIn("Task_CheckDocuments", "Task_ReceiveCorrectedDocuments").list().stream()
        .map(t -> t.getProcessInstanceId()).toList());
    return instances.stream().map(id -> jdbc.queryForObject(
        "SELECT region FROM application WHERE process_instance_id = ?", String.class, id)).distinct().toList();
  }

  @Test
  void aStartWithApplicationsAlreadyThereAddsNothing() {
    cohort.seed();
    Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM application", Integer.class);

    cohort.seedOnFirstStart();

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application", Integer.class)).isEqualTo(before);
  }
}
