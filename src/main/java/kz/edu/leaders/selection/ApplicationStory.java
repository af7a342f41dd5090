package kz.edu.leaders.selection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * An application's whole story in one answer, oldest first: registration, every decision of every stage, the test
 * result, the internship and its evaluation, each assessor's scores, each member's interview score or recusal and
 * each round's decision, the enrolment and what became of the reserve entry, the closing. All from the domain tables,
 * which record who and when for each step; the engine's history adds nothing they lack. The rules each stage applied
 * (pass marks, minimums, quorum, term) are those recorded when the application left the stage ({@link StageRules});
 * an application older than that record has none, and the answer gives the settings in force now beside them.
 */
@Repository
public class ApplicationStory {

  private final JdbcTemplate jdbc;
  private final StageRules rules;
  private final ObjectMapper json;

  public ApplicationStory(JdbcTemplate jdbc, StageRules rules, ObjectMapper json) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.json = json;
  }

  public Optional<Story> of(String number) {
    List<Head> heads = jdbc.query("""
            SELECT application_number, cycle_year, region, surname, first_name, status, stage, outcome, outcome_reason,
              registered_at, registered_by, channel, closed_at, test_legislation, test_management, test_pedagogy,
              test_leadership, test_overall, test_received_at, test_batch_id, final_assessment_score
            FROM application WHERE application_number = ?""",
        (rs, i) -> new Head(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), instant(rs, 10), rs.getString(11),
            rs.getString(12), instant(rs, 13), values(rs, "legislation", 14, "management", 15, "pedagogy", 16,
                "leadership", 17, "overall", 18), instant(rs, 19), rs.getString(20), rs.getBigDecimal(21)), number);
    if (heads.isEmpty()) {
      return Optional.empty();
    }
    Head head = heads.get(0);
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(head.registeredAt(), "ELIGIBILITY", "REGISTERED", head.registeredBy(), null, null,
        Map.of("channel", head.channel())));
    jdbc.query("""
            SELECT stage, decision, reason, decided_by, decided_at FROM application_decision
            WHERE application_number = ? ORDER BY id""",
        (rs, i) -> steps.add(new Step(instant(rs, 5), rs.getString(1), "DECISION", rs.getString(4), rs.getString(2),
            rs.getString(3), null)), number);
    if (head.testReceivedAt() != null) {
      Map<String, Object> scores = new LinkedHashMap<>(head.testScores());
      scores.put("batch", head.testBatch());
      steps.add(new Step(head.testReceivedAt(), "TEST", "TEST_RESULT", null, null, null, scores));
    }
    jdbc.query("""
            SELECT assigned_at, assigned_by, leading_school, mentor_id, start_date, end_date, evaluated_at,
              evaluated_by, rubric_scores, rubric_mean, recommendation
            FROM internship WHERE application_number = ?""",
        (rs, i) -> {
          steps.add(new Step(instant(rs, 1), "INTERNSHIP", "INTERNSHIP_ASSIGNED", rs.getString(2), null, null,
              map("leadingSchool", rs.getString(3), "mentor", rs.getString(4), "from", rs.getDate(5).toString(),
                  "until", rs.getDate(6).toString())));
          if (rs.getTimestamp(7) != null) {
            steps.add(new Step(instant(rs, 7), "INTERNSHIP", "INTERNSHIP_EVALUATED", rs.getString(8), null,
                rs.getString(11), map("rubricScores", rs.getString(9), "rubricMean", rs.getBigDecimal(10))));
          }
          return null;
        }, number);
    jdbc.query("""
            SELECT assessed_at, assessor_id, analysis, impact, evidence, reflection, total, assessor_comment
            FROM report_assessment WHERE application_number = ? ORDER BY id""",
        (rs, i) -> steps.add(new Step(instant(rs, 1), "FINAL_ASSESSMENT", "ASSESSMENT", rs.getString(2), null,
            rs.getString(8), map("analysis", rs.getInt(3), "impact", rs.getInt(4), "evidence", rs.getInt(5),
                "reflection", rs.getInt(6), "total", rs.getInt(7)))), number);
    jdbc.query("""
            SELECT answered_at, member_id, recused, conflict_reason, vision, competence, communication, motivation,
              mean_score, member_comment, round_number
            FROM interview_score WHERE application_number = ? ORDER BY id""",
        (rs, i) -> steps.add(rs.getBoolean(3)
            ? new Step(instant(rs, 1), "INTERVIEW", "RECUSAL", rs.getString(2), null, rs.getString(4),
                map("round", rs.getInt(11)))
            : new Step(instant(rs, 1), "INTERVIEW", "INTERVIEW_SCORE", rs.getString(2), null, rs.getString(10),
                map("round", rs.getInt(11), "vision", rs.getInt(5), "competence", rs.getInt(6),
                    "communication", rs.getInt(7), "motivation", rs.getInt(8), "mean", rs.getBigDecimal(9)))),
        number);
    jdbc.query("""
            SELECT decided_at, decided_by, decision, reason, round_number, members, scored, recused, mean_score
            FROM interview_round WHERE application_number = ? AND decided_at IS NOT NULL ORDER BY round_number""",
        (rs, i) -> steps.add(new Step(instant(rs, 1), "INTERVIEW", "INTERVIEW_ROUND_DECIDED", rs.getString(2),
            rs.getString(3), rs.getString(4), map("round", rs.getInt(5), "members", rs.getInt(6),
                "scored", rs.getObject(7), "recused", rs.getObject(8), "mean", rs.getBigDecimal(9)))), number);
    jdbc.query("""
            SELECT created_at, certificate_number, level, valid_until, status, composite_score, expired_at, revoked_at,
              revoked_by, revocation_reason
            FROM reserve_entry WHERE application_number = ?""",
        (rs, i) -> {
          steps.add(new Step(instant(rs, 1), "RESERVE", "ENROLLED", null, null, null,
              map("certificateNumber", rs.getString(2), "level", rs.getString(3),
                  "validUntil", rs.getDate(4).toString(), "status", rs.getString(5),
                  "compositeScore", rs.getBigDecimal(6))));
          if (rs.getTimestamp(7) != null) {
            steps.add(new Step(instant(rs, 7), "RESERVE", "EXPIRED", null, null, null, null));
          }
          if (rs.getTimestamp(8) != null) {
            steps.add(new Step(instant(rs, 8), "RESERVE", "REVOKED", rs.getString(9), null, rs.getString(10), null));
          }
          return null;
        }, number);
    if (head.closedAt() != null) {
      steps.add(new Step(head.closedAt(), head.stage(), "CLOSED", null, head.outcome(), head.outcomeReason(),
          head.finalAssessmentScore() == null ? null : map("finalAssessmentScore", head.finalAssessmentScore())));
    }
    // Stable: steps of one moment keep the order above (a decision before the closing it led to).
    steps.sort(Comparator.comparing(Step::at, Comparator.nullsFirst(Comparator.naturalOrder())));
    return Optional.of(new Story(head.number(), head.cycle(), head.region(), head.surname(), head.firstName(),
        head.status(), head.stage(), head.outcome(), head.outcomeReason(), steps, rulesApplied(number),
        settingsNow()));
  }

  /** Per stage left, the rules it applied, recorded as the application left it (the last visit's, if twice). */
  List<RulesApplied> rulesApplied(String number) {
    Map<String, RulesApplied> byStage = new LinkedHashMap<>();
    jdbc.query("""
            SELECT stage, rules, left_at FROM application_stage_visit
            WHERE application_number = ? AND rules IS NOT NULL ORDER BY id""",
        (rs, i) -> byStage.put(rs.getString(1), new RulesApplied(rs.getString(1), parse(rs.getString(2)),
            instant(rs, 3))), number);
    return List.copyOf(byStage.values());
  }

  private Map<String, Object> parse(String text) {
    try {
      return json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable rules of a stage visit: " + text, e);
    }
  }

  /** The rules of each stage as configured now ({@code leaders.selection.*}). */
  Map<String, Object> settingsNow() {
    return map("test", rules.of(Stage.TEST), "internship", rules.of(Stage.INTERNSHIP),
        "finalAssessment", rules.of(Stage.FINAL_ASSESSMENT), "interview", rules.of(Stage.INTERVIEW),
        "reserve", rules.of(Stage.RESERVE));
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        map.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return map;
  }

  private static Map<String, Object> values(ResultSet rs, Object... namesAndColumns) throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndColumns.length; i += 2) {
      BigDecimal value = rs.getBigDecimal((Integer) namesAndColumns[i + 1]);
      if (value != null) {
        values.put((String) namesAndColumns[i], value);
      }
    }
    return values;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  private record Head(String number, int cycle, String region, String surname, String firstName, String status,
                      String stage, String outcome, String outcomeReason, Instant registeredAt, String registeredBy,
                      String channel, Instant closedAt, Map<String, Object> testScores, Instant testReceivedAt,
                      String testBatch, BigDecimal finalAssessmentScore) {}

  /**
   * One step: when, the stage, what happened ({@code REGISTERED}, {@code DECISION}, {@code TEST_RESULT},
   * {@code INTERNSHIP_ASSIGNED}, {@code INTERNSHIP_EVALUATED}, {@code ASSESSMENT}, {@code INTERVIEW_SCORE},
   * {@code RECUSAL}, {@code INTERVIEW_ROUND_DECIDED}, {@code ENROLLED}, {@code EXPIRED}, {@code REVOKED},
   * {@code CLOSED}), who (a user id; the testing centre for a result), the decision and its reason or comment, and
   * the figures.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Step(Instant at, String stage, String event, String by, String decision, String reason,
                     Map<String, Object> values) {}

  /** The rules a stage applied, and when the application left it. */
  public record RulesApplied(String stage, Map<String, Object> rules, Instant recordedAt) {}

  public record Story(String applicationNumber, int cycle, String region, String surname, String firstName,
                      String status, String stage, String outcome, String outcomeReason, List<Step> steps,
                      List<RulesApplied> rulesApplied, Map<String, Object> settingsNow) {}
}
