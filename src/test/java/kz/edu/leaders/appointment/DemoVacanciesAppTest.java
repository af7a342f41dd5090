package kz.edu.leaders.appointment;

import kz.edu.leaders.demo.DemoVacancies;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo profile's appointment cases: work waiting for the regional department and the district. */
@AppTest
class DemoVacanciesAppTest {

  @Autowired DemoVacancies demo;
  @Autowired TaskService taskService;
  @Autowired VacancyRepository vacancies;
  @Autowired JdbcTemplate jdbc;

  @Autowired TestRestTemplate rest;
  @Autowired AppointmentOrderRepository orders;

  @Test
  void theDemoCasesHaveWorkWaitingAndThePublicBoardASessionToComeAndAResult() {
    jdbc.update("UPDATE reserve_entry SET status = 'ARCHIVED' WHERE region = 'TURKISTAN' AND status = 'ACTIVE'");
    List<String> numbers = demo.seed();

    assertThat(numbers).hasSize(4);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKeyIn(numbers.toArray(String[]::new)).list())
        .extracting(t -> t.getTaskDefinitionKey())
        .contains("Task_ChoosePath", "Task_AssignActingHead", "Task_RecordAttendance");
    assertThat(vacancies.get(numbers.get(1)).actingHeadName()).isEqualTo("Жумабекова Динара Ерлановна");
    assertThat(vacancies.get(numbers.get(3)).status()).isEqualTo("FILLED");
    assertThat(orders.forVacancy(numbers.get(3)).orElseThrow().appointeeName()).isEqualTo("Оспанова Жанар");

    String board = rest.getForObject("/public/api/competitions?region=TURKISTAN", String.class);
    assertThat(board).contains("Gymnasium No. 2 named after Kazybek bi", "Secondary school No. 40, Arys",
        "https://www.youtube.com/watch?v=arys-40-konkurs", "Оспанова Жанар");
  }
}
