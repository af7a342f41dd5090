package kz.edu.leaders.demo;

import kz.edu.leaders.appointment.CaseGroups;
import kz.edu.leaders.appointment.DirectorAppointment;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.appointment.competition.CompetitionRepository;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile ({@code leaders.demo.cohort=true}): on the first start, after the selection's cohort has filled
 * the reserve, vacancies in Turkistan region registered by the demo district officer, so that the regional
 * department, the district, the commission and the regional head find appointment work waiting in Tasklist,
 * and the public board shows a session to come and a result.
 */
@Component
@Profile("demo")
public class DemoVacancies {

  private static final Logger LOG = LoggerFactory.getLogger(DemoVacancies.class);

  private final ProcessEngine engine;
  private final SelectionSteps steps;
  private final CompetitionSteps competitions;
  private final CaseGroups caseGroups;
  private final JdbcTemplate jdbc;
  private final boolean enabled;

  public DemoVacancies(ProcessEngine engine, SelectionSteps steps, CompetitionSteps competitions,
                       CaseGroups caseGroups, JdbcTemplate jdbc, @Value("${leaders.demo.cohort:false}") boolean enabled) {
    this.engine = engine;
    this.steps = steps;
    this.competitions = competitions;
    this.caseGroups = caseGroups;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(200)
  public void seedOnFirstStart() {
    if (!enabled) {
      return;
    }
    Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM vacancy", Integer.class);
    if (existing != null && existing == 0) {
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
    // A competition whose livestreamed session is tomorrow: it shows on the public board, the secretary records
    // who came, then the members vote.
    ProcessInstance scheduled = register("Gymnasium No. 2 named after Kazybek bi, Turkistan", "DIRECTOR",
        today.minusDays(40));
    String streamed = scheduled.getBusinessKey();
    competitionUpTo(scheduled, today.minusDays(35), List.of(
        applicant("880412400315", "Сатпаева", "Мадина", "+77015550101", "Deputy director, School No. 3, Turkistan"),
        applicant("850927300452", "Байжанов", "Руслан", "+77015550202", "Teacher of history, School No. 11, Kentau")));
    competitions.schedule(streamed, today.plusDays(1) + "T11:00", "https://www.youtube.com/@turkistan-edu/live",
        Set.copyOf(candidateIds(streamed)));
    // A finished competition: open vote, recording, order; its result is on the public board.
    ProcessInstance decided = register("Secondary school No. 40, Arys", "DEPUTY_DIRECTOR", today.minusDays(60));
    String finished = decided.getBusinessKey();
    competitionUpTo(decided, today.minusDays(55), List.of(
        applicant("850301400128", "Оспанова", "Жанар", "+77015550303", "Teacher of mathematics, School No. 40, Arys"),
        applicant("881102300455", "Касымов", "Бауыржан", "+77015550404", "Teacher of physics, School No. 2, Arys")));
    List<Long> candidates = candidateIds(finished);
    competitions.schedule(finished, today.plusDays(1) + "T09:00", "https://www.youtube.com/@turkistan-edu/live",
        Set.copyOf(candidates));
    competitions.attendance(finished, Set.copyOf(candidates));
    for (String member : caseGroups.membersOf(Groups.COMPETITION_COMMISSION, finished)) {
      competitions.vote(member, finished, Map.of(candidates.get(0), "FOR", candidates.get(1), "AGAINST"));
    }
    competitions.attachRecording(finished, "https://www.youtube.com/watch?v=arys-40-konkurs");
    steps.runJobs(decided);
    LOG.info("Demo vacancies: 4 appointment cases in Turkistan region, one competition streamed tomorrow");
    return List.of(director.getBusinessKey(), deputy.getBusinessKey(), streamed, finished);
  }

  /** The department opens a competition announced on that day; two apply, both are admitted and pass the test. */
  private void competitionUpTo(ProcessInstance appointment, LocalDate announcedOn,
                               List<Map<String, Object>> applicants) {
    String vacancy = appointment.getBusinessKey();
    steps.complete("regional", appointment, Map.of("appointmentPath", "COMPETITION"));
    steps.runJobs(appointment);
    competitions.announce(vacancy, announcedOn);
    competitions.recordApplications(vacancy, applicants);
    competitions.checkDocuments(vacancy, Map.of());
    List<Long> ids = candidateIds(vacancy);
    competitions.recordTests(vacancy, Map.of(ids.get(0), 86.5, ids.get(1), 78.0));
  }

  private List<Long> candidateIds(String vacancy) {
    return competitions.candidates(vacancy).stream().map(CompetitionRepository.Candidate::id).sorted().toList();
  }

  private static Map<String, Object> applicant(String iin, String surname, String firstName, String phone,
                                               String post) {
    Map<String, Object> row = new HashMap<>();
    row.put("iin", iin);
    row.put("surname", surname);
    row.put("firstName", firstName);
    row.put("phone", phone);
    row.put("currentPost", post);
    return row;
  }

  private ProcessInstance register(String school, String post, LocalDate vacatedOn) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(DirectorAppointment.PROCESS_KEY).latestVersion().singleResult().getId();
    return steps.as("district", () -> engine.getFormService().submitStartForm(definition,
        Map.of("school", school, "region", "TURKISTAN", "post", post, "vacatedOn", vacatedOn.toString())));
  }
}
