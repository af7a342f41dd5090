package kz.edu.leaders.appointment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.selection.SelectionSteps;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo profile ({@code leaders.demo.cohort=true}): on the first start, after the selection's cohort has filled
 * the reserve, vacancies in Turkistan region registered by the demo district officer, so that the regional
 * department, the district and the regional head find appointment work waiting in Tasklist.
 */
@Component
public class DemoVacancies {

  private static final Logger LOG = LoggerFactory.getLogger(DemoVacancies.class);

  private final ProcessEngine engine;
  private final SelectionSteps steps;
  private final JdbcTemplate jdbc;
  private final boolean enabled;

  public DemoVacancies(ProcessEngine engine, SelectionSteps steps, JdbcTemplate jdbc,
                       @Value("${leaders.demo.cohort:false}") boolean enabled) {
    this.engine = engine;
    this.steps = steps;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(200)
  public void seedOnFirstStart() {
    Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM vacancy", Integer.class);
    if (enabled && existing != null && existing == 0) {
      seed();
    }
  }

  /** Registers the demo cases; answers their numbers. */
  public List<String> seed() {
    LocalDate today = LocalDate.now();
    // A director post the reserve can fill: the regional department chooses, the district assigns an acting head.
    ProcessInstance director = register("School-lyceum No. 12 named after Al-Farabi, Turkistan", "DIRECTOR",
        today.minusDays(3));
    // A deputy post without a reservist of that level: it goes to competition; the acting head already serves.
    ProcessInstance deputy = register("School No. 7 named after Abai, Kentau", "DEPUTY_DIRECTOR", today.minusDays(10));
    steps.complete("district", deputy, Map.of("actingHeadName", "Жумабекова Динара Ерлановна",
        "actingHeadPost", "TEACHER", "actingFrom", today.minusDays(9).toString(),
        "actingUntil", today.minusDays(9).plusMonths(3).toString()));
    LOG.info("Demo vacancies: 2 appointment cases in Turkistan region");
    return List.of(director.getBusinessKey(), deputy.getBusinessKey());
  }

  private ProcessInstance register(String school, String post, LocalDate vacatedOn) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(DirectorAppointment.PROCESS_KEY).latestVersion().singleResult().getId();
    return steps.as("district", () -> engine.getFormService().submitStartForm(definition,
        Map.of("school", school, "region", "TURKISTAN", "post", post, "vacatedOn", vacatedOn.toString())));
  }
}
