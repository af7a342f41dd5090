package kz.edu.leaders.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.talentpool.TalentPoolNomination;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo profile ({@code leaders.demo.cohort=true}): on the first start, Turkistan region's talent pool being formed,
 * through the real process: the demo district officer nominates five people; the demo regional officer approves
 * three, declines one with a reason, and leaves one waiting for review. Seeded before the demo vacancies, so the
 * director post waiting at "Choose how to fill the post" lists the pool's members beside the reservists.
 */
@Component
@Profile("demo")
public class DemoTalentPool {

  private static final Logger LOG = LoggerFactory.getLogger(DemoTalentPool.class);

  private final ProcessEngine engine;
  private final SelectionSteps steps;
  private final JdbcTemplate jdbc;
  private final boolean enabled;

  public DemoTalentPool(ProcessEngine engine, SelectionSteps steps, JdbcTemplate jdbc,
                        @Value("${leaders.demo.cohort:false}") boolean enabled) {
    this.engine = engine;
    this.steps = steps;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(150)
  public void seedOnFirstStart() {
    if (!enabled) {
      return;
    }
    Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM pool_nomination", Integer.class);
    if (existing != null && existing == 0) {
      seed();
    }
  }

  /** Nominates and reviews the demo people; answers the nomination numbers. */
  public List<String> seed() {
    LocalDate today = LocalDate.now();
    String from = today.minusMonths(2).toString();
    ProcessInstance first = nominate("820415421016", "Әбдірахманова", "Гүлназ", "+77015551101",
        "Директордың оқу ісі жөніндегі орынбасары / Заместитель директора по учебной работе",
        "School-lyceum No. 5, Turkistan", 14,
        "School management: aspects and methods of management (2024, stream 1)",
        "Development plan of the school graded excellent; category pedagogue-researcher");
    approve(first, from);
    ProcessInstance second = nominate("791123321017", "Тұрсынбаев", "Ерлан", "+77015551102",
        "Директордың тәрбие ісі жөніндегі орынбасары / Заместитель директора по воспитательной работе",
        "Secondary school No. 18, Kentau", 19, "Management courses with a university (2024)",
        "Led the school's move to inclusive education; regional forum speaker");
    approve(second, from);
    ProcessInstance third = nominate("860709321015", "Сейітов", "Нұржан", null,
        "Математика мұғалімі / Учитель математики", "Nazarbayev Intellectual School, Turkistan", 11,
        "School management: aspects and methods of management (2024, stream 3)",
        "Students' results at the regional olympiad; head of the methodological association");
    approve(third, today.minusDays(10).toString());
    ProcessInstance declined = nominate("900302421019", "Омарова", "Әсем", "+77015551104",
        "Бастауыш сынып мұғалімі / Учитель начальных классов", "School No. 3, Arys", 4, null,
        "Active in the school's parents' council");
    steps.complete("regional", declined, Map.of("poolDecision", "DECLINED", "declineReason",
        "Басшылық тәжірибесі әлі аз, келесі жылы қайта ұсынуға болады / "
            + "Пока мало управленческого опыта, можно выдвинуть снова в следующем году"));
    ProcessInstance waiting = nominate("841130421013", "Жүсіпова", "Мәдина", "+77015551105",
        "Директордың орынбасары / Заместитель директора", "Gymnasium No. 9, Shardara", 16,
        "School management: aspects and methods of management (2024, stream 2), certificate in the course's list",
        "Acting head of the gymnasium for three months in 2025; attested as deputy in 2024");
    LOG.info("Demo talent pool: Turkistan region, 3 members, 1 nomination declined, 1 waiting for review");
    return List.of(first.getBusinessKey(), second.getBusinessKey(), third.getBusinessKey(),
        declined.getBusinessKey(), waiting.getBusinessKey());
  }

  private void approve(ProcessInstance nomination, String from) {
    steps.complete("regional", nomination, Map.of("poolDecision", "APPROVED", "termFrom", from));
  }

  private ProcessInstance nominate(String iin, String surname, String firstName, String phone, String post,
                                   String organisation, int experience, String courses, String grounds) {
    Map<String, Object> values = new HashMap<>();
    values.put("iin", iin);
    values.put("surname", surname);
    values.put("firstName", firstName);
    if (phone != null) {
      values.put("phone", phone);
    }
    values.put("currentPost", post);
    values.put("organisation", organisation);
    values.put("region", "TURKISTAN");
    values.put("experienceYears", experience);
    if (courses != null) {
      values.put("courses", courses);
    }
    values.put("grounds", grounds);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(TalentPoolNomination.PROCESS_KEY).latestVersion().singleResult().getId();
    return steps.as("district", () -> engine.getFormService().submitStartForm(definition, values));
  }
}
