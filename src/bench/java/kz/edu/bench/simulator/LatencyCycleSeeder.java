package kz.edu.bench.simulator;

import kz.edu.leaders.selection.NewApplication;
import kz.edu.leaders.domain.Position;
import kz.edu.leaders.domain.QualificationCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.edu.leaders.commission.RepublicanCommission;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.selection.ApplicationGroups;
import kz.edu.leaders.selection.InternshipRubric;
import kz.edu.leaders.domain.Iin;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.demo.SelectionSteps;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seeds a whole cycle's open work for {@link TaskListLatencyBenchmark} through the real processes (start form
 * as {@code operator}, claims, task forms, the engine's jobs), with several threads: many applications waiting
 * at "Check documents" (each in its region's operators' group) and some candidates at the Republican commission's
 * interview, one task per member. Documents are checked by an operator of the application's region; where a region
 * has none, the simulator's ({@link SimulatorUsers#regionalOperator}) is added.
 * Seeded applications are recognisable by their e-mail ({@code bench-doc-<n>@example.kz},
 * {@code bench-int-<n>@example.kz}); a rerun seeds only the ones missing.
 */
@Component
@Profile("latency-bench")
public class LatencyCycleSeeder {

  private static final Logger LOG = LoggerFactory.getLogger(LatencyCycleSeeder.class);
  static final int CYCLE = 2026;
  /** Rough share of the country's teachers by region (large southern regions and the cities weigh most). */
  private static final Map<Region, Integer> WEIGHTS = Map.ofEntries(
      Map.entry(Region.TURKISTAN, 12), Map.entry(Region.ALMATY_REGION, 8), Map.entry(Region.ALMATY, 9),
      Map.entry(Region.ASTANA, 7), Map.entry(Region.SHYMKENT, 7), Map.entry(Region.JAMBYL, 5),
      Map.entry(Region.KARAGANDA, 5), Map.entry(Region.KYZYLORDA, 4), Map.entry(Region.AKTOBE, 4),
      Map.entry(Region.EAST_KAZAKHSTAN, 3), Map.entry(Region.ABAI, 3), Map.entry(Region.JETISU, 3),
      Map.entry(Region.MANGYSTAU, 3), Map.entry(Region.ATYRAU, 3), Map.entry(Region.KOSTANAY, 3),
      Map.entry(Region.PAVLODAR, 3), Map.entry(Region.AKMOLA, 3), Map.entry(Region.WEST_KAZAKHSTAN, 3),
      Map.entry(Region.NORTH_KAZAKHSTAN, 2), Map.entry(Region.ULYTAU, 1));
  private static final List<Region> REGION_WHEEL = wheel();
  private static final String[][] NAMES = {
      {"Абенова", "Айгуль"}, {"Серікбаев", "Ерлан"}, {"Жумабекова", "Динара"}, {"Ахметов", "Нурлан"},
      {"Искакова", "Гульмира"}, {"Тулегенов", "Асхат"}, {"Нурпеисова", "Сауле"}, {"Касымов", "Бауыржан"},
      {"Оспанова", "Жанар"}, {"Кенжебаев", "Даурен"}, {"Сатпаева", "Мадина"}, {"Байжанов", "Руслан"}};

  private final SelectionSteps steps;
  private final RepublicanCommission commission;
  private final JdbcTemplate jdbc;
  private final SimulatorUsers users;
  private final ApplicationGroups applicationGroups;

  public LatencyCycleSeeder(SelectionSteps steps, RepublicanCommission commission, JdbcTemplate jdbc,
                            SimulatorUsers users, ApplicationGroups applicationGroups) {
    this.steps = steps;
    this.commission = commission;
    this.jdbc = jdbc;
    this.users = users;
    this.applicationGroups = applicationGroups;
  }

  /** Makes sure {@code documents} applications wait at "Check documents" and {@code interviews} at the interview. */
  public void seed(int documents, int interviews, int threads) throws InterruptedException {
    if (commission.members().isEmpty()) {
      throw new IllegalStateException("republican-commission has no members: run with the demo profile");
    }
    Set<String> existing = new HashSet<>(jdbc.queryForList(
        "SELECT email FROM application WHERE cycle_year = ? AND email LIKE 'bench-%'", String.class, CYCLE));
    List<Integer> missingDocs = missing(existing, "doc", documents);
    List<Integer> missingInterviews = missing(existing, "int", interviews);
    if (missingDocs.isEmpty() && missingInterviews.isEmpty()) {
      LOG.info("Latency bench: the cycle is already seeded ({} at document check, {} at interview)", documents,
          interviews);
      return;
    }
    users.ensureRegionalOperators();
    LOG.info("Latency bench: seeding {} applications at document check and {} at interview with {} threads",
        missingDocs.size(), missingInterviews.size(), threads);
    long started = System.nanoTime();
    // The interview candidates first: their rounds are the oldest tasks, as in a real cycle.
    run("interview", missingInterviews, threads, i -> toInterview(documents + i, i));
    run("document check", missingDocs, threads, i -> register(i, "doc", i));
    LOG.info("Latency bench: seeded in {} s", (System.nanoTime() - started) / 1_000_000_000L);
  }

  private static List<Integer> missing(Set<String> existing, String kind, int count) {
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!existing.contains(email(kind, i))) {
        missing.add(i);
      }
    }
    return missing;
  }

  private interface Step {
    void run(int index);
  }

  private void run(String what, List<Integer> indexes, int threads, Step step) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    for (int index : indexes) {
      futures.add(pool.submit(() -> {
        try {
          step.run(index);
        } catch (RuntimeException e) {
          if (failed.incrementAndGet() <= 10) {
            LOG.warn("Latency bench: seeding {} #{} failed: {}", what, index, e.getMessage());
          }
        }
        int n = done.incrementAndGet();
        if (n % 1000 == 0) {
          LOG.info("Latency bench: {} {}/{}", what, n, indexes.size());
        }
      }));
    }
    pool.shutdown();
    pool.awaitTermination(6, TimeUnit.HOURS);
    LOG.info("Latency bench: {} seeded {}, failed {}", what, done.get() - failed.get(), failed.get());
  }

  /** The start form submitted by the operator: the application waits at "Check documents". */
  private ProcessInstance register(int iinIndex, String kind, int n) {
    Region region = REGION_WHEEL.get(Math.floorMod(iinIndex * 7919, REGION_WHEEL.size()));
    String[] name = NAMES[iinIndex % NAMES.length];
    boolean deputy = iinIndex % 3 == 0;
    NewApplication application = new NewApplication(CYCLE, iin(iinIndex), name[0], name[1], null, region,
        "School No. " + (1 + iinIndex % 400) + ", " + region.label(),
        deputy ? Position.DEPUTY_DIRECTOR : Position.TEACHER,
        iinIndex % 2 == 0 ? QualificationCategory.PEDAGOGUE_EXPERT : QualificationCategory.PEDAGOGUE_MODERATOR,
        true, 6 + iinIndex % 20, deputy ? 2 + iinIndex % 5 : 0, email(kind, n), String.format("+7702%07d", iinIndex),
        null);
    Map<String, Object> values = application.formValues();
    return steps.register("operator", values);
  }

  /** Registers a candidate and takes them through stages 1-4 as the demo users would, up to the interview. */
  private void toInterview(int iinIndex, int n) {
    ProcessInstance instance = register(iinIndex, "int", n);
    String operator = users.anyMember(applicationGroups.ofApplication(Groups.CPE_OPERATORS, instance.getBusinessKey()));
    steps.complete(operator, instance, Map.of("documentDecision", "accept"));
    steps.testResult(iin(iinIndex), 85, 78, 80, 90);
    steps.complete("coordinator", instance, Map.of("basicModuleCompleted", true,
        "basicModuleCompletedOn", "2026-09-30", "leadingSchool", "NIS of Physics and Mathematics, Turkistan",
        "mentorId", n % 2 == 0 ? "mentor" : "mentor2", "internshipStart", "2026-10-01",
        "internshipEnd", "2026-12-15"));
    Map<String, Object> rubric = new HashMap<>();
    InternshipRubric.CRITERIA.forEach(criterion -> rubric.put(criterion, 4));
    rubric.put("mentorRecommendation", "Took charge of the school's methodical council during the internship.");
    steps.complete(n % 2 == 0 ? "mentor" : "mentor2", instance, rubric);
    for (String assessor : List.of("assessor", "assessor2")) {
      steps.complete(assessor, instance, Map.of("reportAnalysis", 20, "reportImpact", 19, "reportEvidence", 18,
          "reportReflection", 18, "assessmentComment", "A clear account of the change led in the school."));
    }
    steps.runJobs(instance);
  }

  static String email(String kind, int n) {
    return "bench-" + kind + "-" + n + "@example.kz";
  }

  /** A valid IIN unique per index: birth date from the index, serial block from the index, then the check digit. */
  static String iin(int index) {
    LocalDate born = LocalDate.of(1965, 1, 1).plusDays(index % 9000);
    int block = index / 9000;
    String prefix = String.format("%02d%02d%02d%d", born.getYear() % 100, born.getMonthValue(),
        born.getDayOfMonth(), index % 2 == 0 ? 3 : 4);
    for (int k = 0; k < 10; k++) {
      String base = prefix + String.format("%04d", block * 10 + k);
      for (int check = 0; check <= 9; check++) {
        if (Iin.isValid(base + check)) {
          return base + check;
        }
      }
    }
    throw new IllegalStateException("No valid IIN for index " + index);
  }

  private static List<Region> wheel() {
    List<Region> wheel = new ArrayList<>();
    for (Region region : Region.values()) {
      for (int i = 0; i < WEIGHTS.getOrDefault(region, 1); i++) {
        wheel.add(region);
      }
    }
    return List.copyOf(wheel);
  }
}
