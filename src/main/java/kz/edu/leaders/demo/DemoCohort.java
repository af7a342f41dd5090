package kz.edu.leaders.demo;

import kz.edu.leaders.selection.NewApplication;
import kz.edu.leaders.domain.Position;
import kz.edu.leaders.domain.QualificationCategory;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.selection.InternshipRubric;
import kz.edu.leaders.domain.Iin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kz.edu.leaders.commission.RepublicanCommission;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile ({@code leaders.demo.cohort=true}): on the first start, a cohort of 33 candidates driven
 * through the real processes by the demo users, so that every stage has work waiting in Tasklist and every
 * outcome shows in Cockpit and the funnel.
 */
@Component
@Profile("demo")
public class DemoCohort {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCohort.class);
  private static final String[][] NAMES = {
      {"Абенова", "Айгуль"}, {"Серікбаев", "Ерлан"}, {"Жумабекова", "Динара"}, {"Ахметов", "Нурлан"},
      {"Искакова", "Гульмира"}, {"Тулегенов", "Асхат"}, {"Нурпеисова", "Сауле"}, {"Касымов", "Бауыржан"},
      {"Оспанова", "Жанар"}, {"Кенжебаев", "Даурен"}, {"Сатпаева", "Мадина"}, {"Байжанов", "Руслан"},
      {"Иванова", "Елена"}, {"Омаров", "Тимур"}, {"Кусаинова", "Алия"}, {"Смагулов", "Марат"}};
  /**
   * The cohort alternates between the two regions that have a demo operator, who checks the documents of their own
   * region: each finds document checks waiting. The reserve entries of Turkistan serve the demo vacancies.
   */
  private static final Region[] REGIONS = {Region.TURKISTAN, Region.ALMATY};
  private static final Map<String, String> OPERATOR_OF_REGION = Map.of("TURKISTAN", "operator", "ALMATY", "operator2");

  private final ProcessEngine engine;
  private final SelectionSteps steps;
  private final RepublicanCommission commission;
  private final JdbcTemplate jdbc;
  private final boolean enabled;
  private final Random random = new Random();
  private final List<String> numbers = new java.util.ArrayList<>();
  private int created;

  public DemoCohort(ProcessEngine engine, SelectionSteps steps, RepublicanCommission commission, JdbcTemplate jdbc,
                    @Value("${leaders.demo.cohort:false}") boolean enabled) {
    this.engine = engine;
    this.steps = steps;
    this.commission = commission;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  /** Seeds the cohort when the demo profile asks for it and the database holds no application yet. */
  @EventListener(ApplicationReadyEvent.class)
  @org.springframework.core.annotation.Order(100)
  public void seedOnFirstStart() {
    if (!enabled) {
      return;
    }
    Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM application", Integer.class);
    if (existing != null && existing == 0) {
      seed();
    }
  }

  /** Creates the cohort; answers the application numbers it created. */
  public synchronized List<String> seed() {
    numbers.clear();
    // Stage 1: eligibility and documents
    register(Map.of("higherPedagogicalEducation", false));
    register(Map.of("pedagogicalExperienceYears", 3));
    register(Map.of("currentRole", "DEPUTY_DIRECTOR", "deputyExperienceYears", 1, "pedagogicalExperienceYears", 12));
    for (int i = 0; i < 3; i++) {
      register(Map.of());
    }
    for (int i = 0; i < 2; i++) {
      check(register(Map.of()), "return", "The copy of the diploma is unreadable; please send a clear scan");
    }
    Candidate overdue = register(Map.of());
    check(overdue, "return", "The certificate of qualification category is missing");
    steps.deadlinePasses(overdue.instance());
    for (int i = 0; i < 2; i++) {
      check(register(Map.of()), "reject", "The diploma is not a pedagogical one");
    }
    // Stage 2: the test
    for (int i = 0; i < 3; i++) {
      accepted();
    }
    test(accepted(), 55, 60, 70, 58);
    test(accepted(), 90, 40, 85, 80);
    steps.deadlinePasses(accepted().instance());
    // Stage 3: training and internship
    for (int i = 0; i < 3; i++) {
      passedTest();
    }
    for (int i = 0; i < 2; i++) {
      internship(passedTest());
    }
    evaluate(internship(passedTest()), 3, 2, 1, 3, 3);
    // Stage 4: final assessment
    for (int i = 0; i < 2; i++) {
      passedInternship();
    }
    Candidate diverging = passedInternship();
    assess(diverging, "assessor", 22, 21, 20, 20);
    assess(diverging, "assessor2", 12, 10, 11, 12);
    Candidate weak = passedInternship();
    assess(weak, "assessor", 12, 10, 11, 12);
    assess(weak, "assessor2", 14, 12, 10, 10);
    // Stage 5: the Republican commission and the reserve
    for (int i = 0; i < 2; i++) {
      passedAssessment();
    }
    Candidate tie = passedAssessment();
    for (String member : commission.members()) {
      score(tie, member, 7);
    }
    for (int i = 0; i < 2; i++) {
      Candidate enrolled = passedAssessment();
      for (String member : commission.members()) {
        score(enrolled, member, 8 + i);
      }
    }
    Candidate notPassed = passedAssessment();
    for (String member : commission.members()) {
      score(notPassed, member, 5);
    }
    LOG.info("Demo cohort: {} applications at every stage of the selection", numbers.size());
    return List.copyOf(numbers);
  }

  private Candidate accepted() {
    Candidate candidate = register(Map.of());
    check(candidate, "accept", null);
    return candidate;
  }

  private Candidate passedTest() {
    Candidate candidate = accepted();
    test(candidate, 85, 78, 80, 90);
    return candidate;
  }

  private Candidate internship(Candidate candidate) {
    steps.complete("coordinator", candidate.instance(), Map.of("basicModuleCompleted", true,
        "basicModuleCompletedOn", "2026-09-30", "leadingSchool", "NIS of Physics and Mathematics, Turkistan",
        "mentorId", "mentor", "internshipStart", "2026-10-01", "internshipEnd", "2026-12-15"));
    return candidate;
  }

  private Candidate passedInternship() {
    Candidate candidate = internship(passedTest());
    evaluate(candidate, 4, 5, 4, 4, 4);
    return candidate;
  }

  private Candidate passedAssessment() {
    Candidate candidate = passedInternship();
    assess(candidate, "assessor", 20, 19, 18, 18);
    assess(candidate, "assessor2", 19, 20, 17, 18);
    steps.runJobs(candidate.instance());
    return candidate;
  }

  private Candidate register(Map<String, Object> changes) {
    String[] name = NAMES[created % NAMES.length];
    Region region = REGIONS[created % REGIONS.length];
    boolean deputy = created % 3 == 0;
    NewApplication application = new NewApplication(2026, iin(), name[0], name[1], null, region,
        "School No. " + (10 + created) + ", " + region.name().charAt(0) + region.name().substring(1).toLowerCase(),
        deputy ? Position.DEPUTY_DIRECTOR : Position.TEACHER,
        created % 2 == 0 ? QualificationCategory.PEDAGOGUE_EXPERT : QualificationCategory.PEDAGOGUE_MODERATOR,
        true, 8 + created % 10, deputy ? 3 : 0,
        "candidate" + created + "@example.kz", String.format("+7701%07d", 1_000_000 + created),
        // Some ask for Kazakh, some for Russian, some leave it (both): the demo's mail shows each.
        new String[] {"kk", "ru", null}[created % 3]);
    Map<String, Object> values = new HashMap<>(application.formValues());
    values.putAll(changes);
    ProcessInstance instance = steps.register("operator", values);
    created++;
    numbers.add(instance.getBusinessKey());
    return new Candidate(instance, (String) values.get("iin"), (String) values.get("region"));
  }

  private void check(Candidate candidate, String decision, String reason) {
    Map<String, Object> values = new HashMap<>();
    values.put("documentDecision", decision);
    if (reason != null) {
      values.put("documentDecisionReason", reason);
    }
    steps.complete(OPERATOR_OF_REGION.get(candidate.region()), candidate.instance(), values);
  }

  private void test(Candidate candidate, double legislation, double management, double pedagogy, double leadership) {
    steps.testResult(candidate.iin(), legislation, management, pedagogy, leadership);
  }

  private void evaluate(Candidate candidate, int... scores) {
    Map<String, Object> values = new HashMap<>();
    int i = 0;
    for (String criterion : InternshipRubric.CRITERIA) {
      values.put(criterion, scores[i++]);
    }
    values.put("mentorRecommendation", "Took charge of the school's methodical council during the internship.");
    steps.complete("mentor", candidate.instance(), values);
  }

  private void assess(Candidate candidate, String assessor, int analysis, int impact, int evidence, int reflection) {
    steps.complete(assessor, candidate.instance(), Map.of("reportAnalysis", analysis, "reportImpact", impact,
        "reportEvidence", evidence, "reportReflection", reflection,
        "assessmentComment", "A clear account of the change led in the school, with evidence."));
  }

  private void score(Candidate candidate, String member, int score) {
    ProcessInstance interview = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(candidate.instance().getId()).singleResult();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(interview.getId()).taskAssignee(member)
        .singleResult();
    steps.as(member, () -> {
      engine.getFormService().submitTaskForm(task.getId(), Map.of("conflictOfInterest", false,
          "interviewVision", score, "interviewCompetence", score, "interviewCommunication", score,
          "interviewMotivation", score));
      return null;
    });
    steps.runJobs(candidate.instance());
  }

  private String iin() {
    while (true) {
      String base = String.format("%02d%02d%02d%d%04d", 70 + random.nextInt(25), 1 + random.nextInt(12),
          1 + random.nextInt(28), 3 + random.nextInt(2), random.nextInt(10_000));
      for (int check = 0; check <= 9; check++) {
        if (Iin.isValid(base + check)) {
          return base + check;
        }
      }
    }
  }

  private record Candidate(ProcessInstance instance, String iin, String region) {}
}
