package kz.edu.bench.simulator;

import kz.edu.leaders.selection.NewApplication;
import kz.edu.leaders.domain.Position;
import kz.edu.leaders.domain.QualificationCategory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.domain.Iin;
import kz.edu.leaders.selection.InternshipRubric;
import kz.edu.leaders.domain.Region;

/**
 * Every choice the simulated people make, as a pure function of the seed and a business key (or index): the
 * same seed gives the same applicants and the same decisions, so a restarted or second simulator agrees with
 * the first. Shares follow the 2024 cycle (over 13,000 applications, about 370 enrolled): about 40% ineligible,
 * most documents accepted, 6-8% of those tested pass, then about 90% / 85% / 85% at internship, final
 * assessment and interview.
 */
public final class FunnelPolicy {

  public static final double INELIGIBLE = 0.40;
  public static final double DOCUMENTS_REJECTED = 0.05;
  public static final double DOCUMENTS_RETURNED = 0.10;
  public static final double REJECTED_AFTER_CORRECTION = 0.15;
  public static final double TEST_NO_SHOW = 0.05;
  public static final double TEST_PASSED = 0.07;
  public static final double INTERNSHIP_PASSED = 0.90;
  public static final double ASSESSMENTS_DIVERGE = 0.08;
  public static final double ASSESSMENT_PASSED = 0.85;
  public static final double INTERVIEW_TIE = 0.03;
  public static final double INTERVIEW_PASSED = 0.85;
  public static final double MEMBER_RECUSES = 0.05;
  public static final double OFFER_TO_RESERVIST = 0.6;
  public static final double RESERVIST_DECLINES = 0.2;
  public static final double COMPETITION_TIE = 0.1;

  /** Regions weighted by population (millions, 2024, rounded): the biggest are Almaty, Turkistan, Astana, Shymkent. */
  static final Map<Region, Double> POPULATION = new LinkedHashMap<>();

  static {
    POPULATION.put(Region.ALMATY, 2.2);
    POPULATION.put(Region.TURKISTAN, 2.1);
    POPULATION.put(Region.ALMATY_REGION, 1.5);
    POPULATION.put(Region.ASTANA, 1.4);
    POPULATION.put(Region.SHYMKENT, 1.2);
    POPULATION.put(Region.JAMBYL, 1.2);
    POPULATION.put(Region.KARAGANDA, 1.1);
    POPULATION.put(Region.AKTOBE, 0.93);
    POPULATION.put(Region.KYZYLORDA, 0.83);
    POPULATION.put(Region.KOSTANAY, 0.83);
    POPULATION.put(Region.AKMOLA, 0.79);
    POPULATION.put(Region.MANGYSTAU, 0.77);
    POPULATION.put(Region.PAVLODAR, 0.75);
    POPULATION.put(Region.EAST_KAZAKHSTAN, 0.73);
    POPULATION.put(Region.ATYRAU, 0.7);
    POPULATION.put(Region.WEST_KAZAKHSTAN, 0.69);
    POPULATION.put(Region.JETISU, 0.69);
    POPULATION.put(Region.ABAI, 0.6);
    POPULATION.put(Region.NORTH_KAZAKHSTAN, 0.53);
    POPULATION.put(Region.ULYTAU, 0.22);
  }

  private static final String[][] NAMES = {
      {"Абенова", "Айгуль"}, {"Серікбаев", "Ерлан"}, {"Жумабекова", "Динара"}, {"Ахметов", "Нурлан"},
      {"Искакова", "Гульмира"}, {"Тулегенов", "Асхат"}, {"Нурпеисова", "Сауле"}, {"Касымов", "Бауыржан"},
      {"Оспанова", "Жанар"}, {"Кенжебаев", "Даурен"}, {"Сатпаева", "Мадина"}, {"Байжанов", "Руслан"},
      {"Иванова", "Елена"}, {"Омаров", "Тимур"}, {"Кусаинова", "Алия"}, {"Смагулов", "Марат"},
      {"Ким", "Виктория"}, {"Мусин", "Арман"}, {"Петрова", "Ольга"}, {"Жаксылыков", "Бекзат"}};

  /** IINs come from a permutation of the (birth day, serial) pairs, so two indices never share one. */
  private static final long DAYS = 8_400;
  private static final long PAIRS = DAYS * 10_000;
  private static final long STRIDE = 1_000_003;
  private static final LocalDate FIRST_BIRTHDAY = LocalDate.of(1968, 1, 1);

  private final long seed;

  public FunnelPolicy(long seed) {
    this.seed = seed;
  }

  /** A uniform number in [0, 1) for this key and purpose. */
  public double u(String key, String purpose) {
    long h = mix(seed ^ mix(key.hashCode() * 0x9E3779B97F4A7C15L ^ purpose.hashCode()));
    return (h >>> 11) * 0x1.0p-53;
  }

  /** A whole number in [from, to]. */
  public int between(String key, String purpose, int from, int to) {
    return from + (int) Math.floor(u(key, purpose) * (to - from + 1));
  }

  /** The applicant's IIN: valid, and different for every index below 84 million. */
  public String iin(int index) {
    long offset = Math.floorMod(mix(seed), PAIRS);
    long pair = Math.floorMod(offset + STRIDE * index, PAIRS);
    LocalDate born = FIRST_BIRTHDAY.plusDays(pair / 10_000);
    String date = String.format("%02d%02d%02d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth());
    String serial = String.format("%04d", pair % 10_000);
    // Century and sex: 3 a man, 4 a woman born in the 1900s; the other digits only when no check digit exists.
    int[] centuries = u("i" + index, "sex") < 0.7 ? new int[] {4, 3, 6, 5} : new int[] {3, 4, 5, 6};
    for (int century : centuries) {
      String first11 = date + century + serial;
      for (int check = 0; check <= 9; check++) {
        if (Iin.isValid(first11 + check)) {
          return first11 + check;
        }
      }
    }
    throw new IllegalStateException("no valid IIN for index " + index);
  }

  public Region region(String key) {
    double total = POPULATION.values().stream().mapToDouble(Double::doubleValue).sum();
    double point = u(key, "region") * total;
    for (Map.Entry<Region, Double> region : POPULATION.entrySet()) {
      point -= region.getValue();
      if (point < 0) {
        return region.getKey();
      }
    }
    return Region.TURKISTAN;
  }

  /** The region that gets the most applications: the most populous, Almaty (city). */
  public static Region regionWithMostApplications() {
    return POPULATION.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** The start form of application {@code index}, as an operator fills it in Tasklist. */
  public Map<String, Object> application(int index, int cycle) {
    String key = "a" + index;
    String iin = iin(index);
    String[] name = NAMES[between(key, "name", 0, NAMES.length - 1)];
    Region region = region(key);
    boolean deputy = u(key, "role") < 0.3;
    int experience = between(key, "experience", 5, 30);
    int deputyYears = deputy ? between(key, "deputyYears", 2, Math.min(experience, 15)) : 0;
    boolean education = true;
    String category = List.of("PEDAGOGUE_MODERATOR", "PEDAGOGUE_EXPERT", "PEDAGOGUE_RESEARCHER", "PEDAGOGUE_MASTER")
        .get(between(key, "category", 0, 3));
    if (u(key, "eligible") < INELIGIBLE) {
      double rule = u(key, "rule");
      if (rule < 0.35) {
        education = false;
      } else if (rule < 0.65) {
        experience = between(key, "shortExperience", 1, 4);
        deputyYears = deputy ? Math.min(deputyYears, experience) : 0;
      } else if (rule < 0.90) {
        category = u(key, "lowCategory") < 0.5 ? "PEDAGOGUE" : "PEDAGOGUE_INTERN";
      } else {
        deputy = true;
        deputyYears = between(key, "shortDeputy", 0, 1);
      }
    }
    return new NewApplication(cycle, iin, name[0], name[1], null, region,
        "School No. " + between(key, "school", 1, 180) + ", " + region.label(),
        deputy ? Position.DEPUTY_DIRECTOR : Position.TEACHER, QualificationCategory.valueOf(category), education,
        experience, deputyYears, "applicant" + index + "@example.kz", String.format("+7701%07d", index % 10_000_000), null)
        .formValues();
  }

  /** The operator's decision on the documents: accept, return (once) or reject. */
  public String documents(String number, boolean returnedBefore) {
    if (returnedBefore) {
      return u(number, "afterCorrection") < REJECTED_AFTER_CORRECTION ? "reject" : "accept";
    }
    double d = u(number, "documents");
    return d < DOCUMENTS_REJECTED ? "reject" : d < DOCUMENTS_REJECTED + DOCUMENTS_RETURNED ? "return" : "accept";
  }

  /** No result ever arrives for this candidate: the P30D no-show timer would end it, long after a run. */
  public boolean noShow(String number) {
    return u(number, "noShow") < TEST_NO_SHOW;
  }

  /** Percent per block; a pass has every block at 70 or more, a failure a mean below 70. */
  public Map<String, Object> testScores(String number) {
    boolean pass = u(number, "test") < TEST_PASSED;
    Map<String, Object> scores = new LinkedHashMap<>();
    for (String block : List.of("legislation", "management", "pedagogy", "leadership")) {
      int score = pass ? between(number, block, 70, 98) : between(number, block, 38, 68);
      scores.put(block, score + (between(number, block + "Half", 0, 1) == 1 ? 0.5 : 0.0));
    }
    return scores;
  }

  /** The mentor's rubric, criterion by criterion (1-5). */
  public Map<String, Object> rubric(String number) {
    boolean pass = u(number, "internship") < INTERNSHIP_PASSED;
    Map<String, Object> scores = new LinkedHashMap<>();
    for (String criterion : InternshipRubric.CRITERIA) {
      scores.put(criterion, pass ? between(number, criterion, 4, 5) : between(number, criterion, 2, 3));
    }
    return scores;
  }

  /**
   * The reflective report's four criteria (0-25) from the first, second or third (copy 0, 1, 2) assessor. They
   * agree within 10 points unless they diverge (the third then sides with the first when the candidate passes).
   */
  public int[] assessment(String number, int copy) {
    boolean pass = u(number, "assessment") < ASSESSMENT_PASSED;
    boolean diverge = u(number, "diverge") < ASSESSMENTS_DIVERGE;
    int total;
    if (diverge) {
      total = switch (copy) {
        case 0 -> pass ? 80 : 56;
        case 1 -> pass ? 55 : 30;
        default -> pass ? 78 : 50;
      };
    } else {
      total = (pass ? 72 : 44) + between(number, "assessor" + copy, 0, 8);
    }
    int[] criteria = new int[4];
    for (int i = 0; i < 4; i++) {
      criteria[i] = total / 4 + (i < total % 4 ? 1 : 0);
    }
    return criteria;
  }

  /** A member recuses (one member in some interviews), or scores four criteria. */
  public boolean recuses(String number, String member, List<String> members) {
    return u(number, "recusal") < MEMBER_RECUSES
        && members.indexOf(member) == between(number, "recusingMember", 0, Math.max(0, members.size() - 1));
  }

  /** The member's scores (1-10): a mean of 8 to pass, 5 to fail, exactly 7 for a tie at the pass mark. */
  public int[] interview(String number, String member) {
    double r = u(number, "interview");
    if (r < INTERVIEW_TIE) {
      return new int[] {7, 7, 7, 7};
    }
    int base = r < INTERVIEW_TIE + (1 - INTERVIEW_TIE) * INTERVIEW_PASSED ? 8 : 5;
    int swing = between(number + member, "swing", 0, 1);
    return new int[] {base + swing, base - swing, base, base};
  }

  public String chairDecision(String number) {
    return u(number, "chair") < 0.6 ? "PASSED" : "NOT_PASSED";
  }

  public boolean offerToReservist(String vacancy) {
    return u(vacancy, "path") < OFFER_TO_RESERVIST;
  }

  public boolean reservistAccepts(String vacancy, String certificate) {
    return u(vacancy + certificate, "answer") >= RESERVIST_DECLINES;
  }

  public int competitionApplicants(String vacancy) {
    return between(vacancy, "applicants", 2, 4);
  }

  public boolean competitionTie(String vacancy) {
    return u(vacancy, "tie") < COMPETITION_TIE;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
