package kz.edu.leaders.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo profile's appointment cases: work waiting for the regional department and the district. */
@AppTest
class DemoVacanciesAppTest {

  @Autowired DemoVacancies demo;
  @Autowired TaskService taskService;
  @Autowired VacancyRepository vacancies;

  @Test
  void theDemoCasesWaitForTheRegionalDepartmentAndOneActingHeadServes() {
    List<String> numbers = demo.seed();

    assertThat(numbers).hasSize(2);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKeyIn(numbers.toArray(String[]::new)).list())
        .extracting(t -> t.getTaskDefinitionKey())
        .containsExactlyInAnyOrder("Task_ChoosePath", "Task_ChoosePath", "Task_AssignActingHead");
    assertThat(vacancies.get(numbers.get(1)).actingHeadName()).isEqualTo("Жумабекова Динара Ерлановна");
  }
}
