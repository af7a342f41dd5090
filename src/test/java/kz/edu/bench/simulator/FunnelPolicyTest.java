package kz.edu.bench.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.edu.leaders.domain.Iin;
import org.junit.jupiter.api.Test;

class FunnelPolicyTest {

  /** Where the policy sends application i: its expected outcome, following the process's rules by hand. */
  static String expectedOutcome(FunnelPolicy policy, int index) {
    Map<String, Object> a = policy.application(index, 2026);
    String iin = (String) a.get("iin");
    boolean eligible = Boolean.TRUE.equals(a.get("higherPedagogicalEducation"))
        && (Integer) a.get("pedagogicalExperienceYears") >= 5
        && (!"DEPUTY_DIRECTOR".equals(a.get("currentRole")) || (Integer) a.get("deputyExperienceYears") >= 2)
        && !List.of("PEDAGOGUE", "PEDAGOGUE_INTERN").contains(a.get("qualificationCategory"));
    if (!eligible) {
      return "INELIGIBLE";
    }
    String documents = policy.documents(iin, false);
    if ("return".equals(documents)) {
      documents = policy.documents(iin, true);
    }
    if ("reject".equals(documents)) {
      return "REJECTED_DOCUMENTS";
    }
    if (policy.noShow(iin)) {
      return "TEST_NO_SHOW (waiting)";
    }
    double sum = 0;
    boolean blockBelow = false;
    for (Object score : policy.testScores(iin).values()) {
      sum += (Double) score;
      blockBelow |= (Double) score < 50;
    }
    if (sum / 4 < 70 || blockBelow) {
      return "TEST_FAILED";
    }
    if (policy.rubric(iin).values().stream().mapToInt(s -> (Integer) s).average().orElse(0) < 3.5) {
      return "INTERNSHIP_FAILED";
    }
    int first = total(policy.assessment(iin, 0));
    int second = total(policy.assessment(iin, 1));
    double combined = (first + second) / 2.0;
    if (Math.abs(first - second) > 15) {
      int third = total(policy.assessment(iin, 2));
      combined = Math.abs(third - first) <= Math.abs(third - second) ? (third + first) / 2.0 : (third + second) / 2.0;
    }
    if (combined < 60) {
      return "FINAL_ASSESSMENT_FAILED";
    }
    int[] scores = policy.interview(iin, "commission");
    double mean = (scores[0] + scores[1] + scores[2] + scores[3]) / 4.0;
    if (mean == 7) {
      return "PASSED".equals(policy.chairDecision(iin)) ? "ENROLLED" : "INTERVIEW_FAILED";
    }
    return mean > 7 ? "ENROLLED" : "INTERVIEW_FAILED";
  }

  private static int total(int[] criteria) {
    return criteria[0] + criteria[1] + criteria[2] + criteria[3];
  }

  static Map<String, Integer> funnel(long seed, int applications) {
    FunnelPolicy policy = new FunnelPolicy(seed);
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int i = 0; i < applications; i++) {
      outcomes.merge(expectedOutcome(policy, i), 1, Integer::sum);
    }
    return outcomes;
  }

  @Test
  void aNationalCycleHasTheFunnelOf2024() {
    Map<String, Integer> outcomes = funnel(2026, 15_000);
    assertThat(outcomes.get("INELIGIBLE")).isBetween(5_700, 6_300);
    int tested = outcomes.get("TEST_FAILED") + outcomes.get("INTERNSHIP_FAILED")
        + outcomes.get("FINAL_ASSESSMENT_FAILED") + outcomes.get("INTERVIEW_FAILED") + outcomes.get("ENROLLED");
    assertThat(tested).isBetween(7_500, 8_500);
    double passedTest = (tested - outcomes.get("TEST_FAILED")) / (double) tested;
    assertThat(passedTest).isBetween(0.06, 0.08);
    // 2024: about 370 enrolled of over 13,000 applications
    assertThat(outcomes.get("ENROLLED")).isBetween(300, 450);
  }

  @Test
  void iinsAreValidAndNeverRepeat() {
    FunnelPolicy policy = new FunnelPolicy(7);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      String iin = policy.iin(i);
      assertThat(Iin.problem(iin)).as(iin).isNull();
      assertThat(seen.add(iin)).as("IIN %s repeats", iin).isTrue();
    }
    assertThat(new FunnelPolicy(7).iin(123)).isEqualTo(policy.iin(123));
  }

  @Test
  void theSameSeedDecidesTheSame() {
    FunnelPolicy one = new FunnelPolicy(42);
    FunnelPolicy other = new FunnelPolicy(42);
    assertThat(one.application(5, 2026)).isEqualTo(other.application(5, 2026));
    assertThat(one.testScores("880503400111")).isEqualTo(other.testScores("880503400111"));
    assertThat(new FunnelPolicy(43).application(5, 2026)).isNotEqualTo(one.application(5, 2026));
  }

  @Test
  void assessmentsDivergeOnlyWhenTheyShould() {
    FunnelPolicy policy = new FunnelPolicy(1);
    for (int i = 0; i < 2_000; i++) {
      String key = policy.iin(i);
      int gap = Math.abs(total(policy.assessment(key, 0)) - total(policy.assessment(key, 1)));
      boolean diverge = policy.u(key, "diverge") < FunnelPolicy.ASSESSMENTS_DIVERGE;
      assertThat(gap > 15).isEqualTo(diverge);
    }
  }

  @Test
  void percentilesAreNearestRank() {
    Latencies latencies = new Latencies();
    for (int ms = 1; ms <= 100; ms++) {
      latencies.record(ms * 1_000_000L);
    }
    assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
    assertThat(latencies.percentileMillis(95)).isEqualTo(95.0);
    assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
    assertThat(latencies.summary()).containsEntry("count", 100).containsEntry("maxMs", 100.0);
    assertThat(new Latencies().percentileMillis(99)).isZero();
  }

  public static void main(String[] args) {
    System.out.println("15000: " + funnel(2026, 15_000));
    for (long seed = 1; seed < 40; seed++) {
      System.out.println("seed " + seed + " n=60: " + funnel(seed, 60));
    }
  }
}
