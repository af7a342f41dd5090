package kz.edu.bench.analytics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import kz.edu.leaders.domain.Region;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A national cycle as analytics sees it, written in batches straight into the domain tables (the processes would take
 * hours for 15,000 applications): applications at the stage where a realistic funnel leaves them (four in ten
 * ineligible, most of the rest failing the test, about 2.5 % enrolled), each stage visit with its days, the enrolled in
 * the reserve, seven in ten of them appointed within a year and a half, and a year of open competitions. Same seed,
 * same cycle. A cycle already there is left as it is.
 */
@Component
@Profile("analytics-bench")
class AnalyticsCycleSeeder {

  /** The last stage of an application, its outcome (null: still there) and the share of applications. */
  private record Ending(String stage, String outcome, double share) {}

  private static final List<Ending> ENDINGS = List.of(
      new Ending("ELIGIBILITY", "INELIGIBLE", 0.40), new Ending("DOCUMENT_CHECK", "REJECTED_DOCUMENTS", 0.04),
      new Ending("DOCUMENT_CORRECTION", "CORRECTION_OVERDUE", 0.02), new Ending("TEST", "TEST_FAILED", 0.455),
      new Ending("TEST", "TEST_NO_SHOW", 0.02), new Ending("TEST", null, 0.005),
      new Ending("INTERNSHIP", "INTERNSHIP_FAILED", 0.01), new Ending("FINAL_ASSESSMENT", "FINAL_ASSESSMENT_FAILED", 0.01),
      new Ending("INTERVIEW", "INTERVIEW_FAILED", 0.015), new Ending("RESERVE", "ENROLLED", 0.025));
  private static final List<String> PATH = List.of("ELIGIBILITY", "DOCUMENT_CHECK", "TEST", "TRAINING", "INTERNSHIP",
      "FINAL_ASSESSMENT", "INTERVIEW", "RESERVE");
  private static final String[] COMPETITION_ENDINGS = {"WINNER", "WINNER", "WINNER", "WINNER", "NO_SHOW", "NOT_CHOSEN",
      "NO_APPLICATIONS", "NONE_ADMITTED", "NONE_PASSED_TEST", "NO_CONSENT"};
  private static final int BATCH = 2000;

  private final JdbcTemplate jdbc;

  AnalyticsCycleSeeder(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean present(int cycle) {
    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM application WHERE cycle_year = ?", Integer.class, cycle);
    return rows != null && rows > 0;
  }

  /** Seeds the cycle; returns how many rows it wrote. */
  long seed(int cycle, int applications, int competitions) {
    SplittableRandom random = new SplittableRandom(cycle * 7919L);
    Instant opens = LocalDate.of(cycle, 2, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(5));
    List<Object[]> applicationRows = new ArrayList<>();
    List<Object[]> visitRows = new ArrayList<>();
    List<Object[]> enrolled = new ArrayList<>();
    long written = 0;
    for (int i = 1; i <= applications; i++) {
      String number = String.format("RS-%d-B%06d", cycle, i);
      Region region = region(random);
      Ending ending = ending(random);
      Instant registered = opens.plus(Duration.ofMinutes(random.nextLong(60L * 24 * 30)));
      Instant at = registered;
      int last = ending.stage().equals("DOCUMENT_CORRECTION") ? 1 : PATH.indexOf(ending.stage());
      for (int s = 0; s <= last; s++) {
        String stage = PATH.get(s);
        boolean stillThere = s == last && ending.outcome() == null;
        long days = stageDays(stage, random);
        Instant left = stillThere ? null : at.plus(Duration.ofDays(days)).plusSeconds(random.nextInt(86_400));
        visitRows.add(new Object[] {number, stage, ts(at), left == null ? null : ts(left),
            left == null ? null : Duration.between(at, left).toSeconds()});
        if (left != null) {
          at = left;
        }
        if (stage.equals("DOCUMENT_CHECK") && ending.stage().equals("DOCUMENT_CORRECTION")) {
          Instant overdue = at.plus(Duration.ofDays(7));
          visitRows.add(new Object[] {number, "DOCUMENT_CORRECTION", ts(at), ts(overdue),
              Duration.between(at, overdue).toSeconds()});
          at = overdue;
        }
      }
      applicationRows.add(new Object[] {number, cycle, iin(cycle, i), region.name(), ts(registered),
          ending.outcome() == null ? "IN_PROGRESS" : "CLOSED", ending.stage(), ending.outcome(),
          ending.outcome() == null ? null : ts(at)});
      if ("ENROLLED".equals(ending.outcome())) {
        enrolled.add(new Object[] {number, region.name(), at, iin(cycle, i)});
      }
      if (applicationRows.size() >= BATCH) {
        written += flush(applicationRows, visitRows);
      }
    }
    written += flush(applicationRows, visitRows);
    written += reserve(cycle, enrolled, random);
    written += competitions(cycle, competitions, random);
    return written;
  }

  private long flush(List<Object[]> applicationRows, List<Object[]> visitRows) {
    jdbc.batchUpdate("""
        INSERT INTO application (application_number, cycle_year, iin, surname, first_name, region, position_now,
          school, higher_pedagogical_education, pedagogical_experience_years, deputy_experience_years,
          qualification_category, email, phone, channel, registered_at, status, stage, outcome, closed_at)
        VALUES (?, ?, ?, 'Bench', 'Bench', ?, 'TEACHER', 'School', TRUE, 8, 0, 'PEDAGOGUE_EXPERT',
          'bench@example.kz', '+77010000000', 'API', ?, ?, ?, ?, ?)""", applicationRows);
    jdbc.batchUpdate("""
        INSERT INTO application_stage_visit (application_number, stage, entered_at, left_at, duration_seconds)
        VALUES (?, ?, ?, ?, ?)""", visitRows);
    long rows = applicationRows.size() + visitRows.size();
    applicationRows.clear();
    visitRows.clear();
    return rows;
  }

  private long reserve(int cycle, List<Object[]> enrolled, SplittableRandom random) {
    List<Object[]> vacancies = new ArrayList<>();
    List<Object[]> entries = new ArrayList<>();
    List<Object[]> orders = new ArrayList<>();
    int n = 0;
    for (Object[] person : enrolled) {
      String certificate = String.format("RR-%d-B%06d", cycle, ++n);
      Instant enrolledAt = (Instant) person[2];
      boolean appointed = random.nextDouble() < 0.7;
      entries.add(new Object[] {certificate, person[3], person[0], person[1], random.nextBoolean() ? "DIRECTOR"
          : "DEPUTY_DIRECTOR", cycle, Date.valueOf(LocalDate.of(cycle + 3, 12, 31)),
          appointed ? "APPOINTED" : "ACTIVE", ts(enrolledAt)});
      if (appointed) {
        String vacancy = String.format("VC-B%d-R%05d", cycle, n);
        vacancies.add(vacancy(vacancy, (String) person[1], enrolledAt));
        LocalDate on = enrolledAt.atZone(ZoneOffset.ofHours(5)).toLocalDate().plusDays(1 + random.nextInt(540));
        orders.add(new Object[] {"AO-B" + cycle + "-R" + n, vacancy, person[0] + " Bench", person[3], certificate,
            Date.valueOf(on), ts(on.atStartOfDay().toInstant(ZoneOffset.ofHours(5)))});
      }
    }
    jdbc.batchUpdate("""
        INSERT INTO reserve_entry (certificate_number, iin, application_number, region, level, cycle_year, valid_until,
          status, created_at, surname, first_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Bench', 'Bench')""", entries);
    insertVacancies(vacancies);
    jdbc.batchUpdate("""
        INSERT INTO appointment_order (order_number, vacancy_number, path, appointee_name, appointee_iin,
          certificate_number, legal_basis, order_date, issued_at) VALUES (?, ?, 'RESERVIST', ?, ?, ?, 'BENCH', ?, ?)""",
        orders);
    return entries.size() + vacancies.size() + orders.size();
  }

  private long competitions(int cycle, int count, SplittableRandom random) {
    List<Object[]> vacancies = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    int vacancyNumber = 0;
    for (int i = 0; i < count; ) {
      String vacancy = String.format("VC-B%d-C%05d", cycle, ++vacancyNumber);
      Region region = region(random);
      LocalDate announced = LocalDate.of(cycle, 1, 1).plusDays(random.nextInt(300));
      vacancies.add(vacancy(vacancy, region.name(), announced.atStartOfDay().toInstant(ZoneOffset.UTC)));
      // Most end at the first attempt; a competition without a winner is announced again up to twice.
      for (int attempt = 1; attempt <= 3 && i < count; attempt++, i++) {
        boolean underWay = random.nextDouble() < 0.08;
        String ending = underWay ? null : COMPETITION_ENDINGS[random.nextInt(COMPETITION_ENDINGS.length)];
        rows.add(new Object[] {String.format("OC-B%d-%05d-%d", cycle, vacancyNumber, attempt), vacancy, attempt,
            Date.valueOf(announced.plusDays(40L * (attempt - 1))), underWay ? "ANNOUNCED" : "DECIDED",
            ending == null ? null : ending.equals("WINNER") ? "WINNER" : "NO_WINNER", ending});
        if (ending == null || ending.equals("WINNER")) {
          break;
        }
      }
    }
    insertVacancies(vacancies);
    jdbc.batchUpdate("""
        INSERT INTO competition (competition_id, vacancy_number, attempt, announced_on, status, outcome, ending)
        VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
    return vacancies.size() + rows.size();
  }

  private void insertVacancies(List<Object[]> vacancies) {
    jdbc.batchUpdate("""
        INSERT INTO vacancy (vacancy_number, school, region, position, vacated_on, status, registered_at)
        VALUES (?, 'Bench school', ?, 'DIRECTOR', ?, 'CLOSED', ?)""", vacancies);
  }

  private static Object[] vacancy(String number, String region, Instant at) {
    return new Object[] {number, region, Date.valueOf(at.atZone(ZoneOffset.UTC).toLocalDate()), ts(at)};
  }

  /** Regions weighted roughly by their schools: the large southern regions and the cities apply most. */
  private static Region region(SplittableRandom random) {
    Region[] regions = Region.values();
    double pick = random.nextDouble();
    if (pick < 0.18) {
      return Region.TURKISTAN;
    }
    if (pick < 0.28) {
      return Region.ALMATY_REGION;
    }
    return regions[random.nextInt(regions.length)];
  }

  private static Ending ending(SplittableRandom random) {
    double pick = random.nextDouble();
    double sum = 0;
    for (Ending ending : ENDINGS) {
      sum += ending.share();
      if (pick < sum) {
        return ending;
      }
    }
    return ENDINGS.get(ENDINGS.size() - 1);
  }

  private static long stageDays(String stage, SplittableRandom random) {
    return switch (stage) {
      case "ELIGIBILITY" -> 0;
      case "DOCUMENT_CHECK" -> 1 + random.nextInt(10);
      case "TEST" -> 10 + random.nextInt(30);
      case "TRAINING" -> 20 + random.nextInt(20);
      case "INTERNSHIP" -> 40 + random.nextInt(30);
      case "FINAL_ASSESSMENT" -> 5 + random.nextInt(20);
      case "INTERVIEW" -> 3 + random.nextInt(25);
      default -> 0;
    };
  }

  private static String iin(int cycle, int i) {
    return String.format("%02d%010d", cycle % 100, i);
  }

  private static Timestamp ts(Instant at) {
    return Timestamp.from(at);
  }
}
