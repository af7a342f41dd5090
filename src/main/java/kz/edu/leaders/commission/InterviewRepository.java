package kz.edu.leaders.commission;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Interview rounds of the Republican commission and every member's answer: score or recusal, who and when. */
@Repository
public class InterviewRepository {

  private final JdbcTemplate jdbc;

  public InterviewRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void openRound(String number, int round, int members, Date deadline) {
    jdbc.update("INSERT INTO interview_round (application_number, round_number, members, deadline) VALUES (?, ?, ?, ?)",
        number, round, members, new Timestamp(deadline.getTime()));
  }

  public void recordScore(String number, int round, String member, int[] scores, BigDecimal mean, String comment) {
    jdbc.update("""
        INSERT INTO interview_score (application_number, round_number, member_id, recused, vision, competence,
          communication, motivation, mean_score, member_comment, answered_at)
        VALUES (?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?)""",
        number, round, member, scores[0], scores[1], scores[2], scores[3], mean, comment, now());
  }

  public void recordRecusal(String number, int round, String member, String reason) {
    jdbc.update("""
        INSERT INTO interview_score (application_number, round_number, member_id, recused, conflict_reason, answered_at)
        VALUES (?, ?, ?, TRUE, ?, ?)""", number, round, member, reason, now());
  }

  public Round round(String number, int round) {
    int members = jdbc.queryForObject("SELECT members FROM interview_round WHERE application_number = ? AND round_number = ?",
        Integer.class, number, round);
    List<BigDecimal> means = jdbc.queryForList("""
        SELECT mean_score FROM interview_score WHERE application_number = ? AND round_number = ? AND recused = FALSE
        ORDER BY id""", BigDecimal.class, number, round);
    int recused = jdbc.queryForObject("""
        SELECT COUNT(*) FROM interview_score WHERE application_number = ? AND round_number = ? AND recused = TRUE""",
        Integer.class, number, round);
    return new Round(members, recused, means);
  }

  public void decide(String number, int round, String decision, BigDecimal mean, int scored, int recused,
                     String reason, String decidedBy) {
    jdbc.update("""
        UPDATE interview_round SET decision = ?, mean_score = ?, scored = ?, recused = ?, reason = ?, decided_by = ?,
          decided_at = ? WHERE application_number = ? AND round_number = ?""",
        decision, mean, scored, recused, reason, decidedBy, now(), number, round);
  }

  public void chairDecides(String number, int round, String decision, String reason, String chair) {
    jdbc.update("""
        UPDATE interview_round SET decision = ?, reason = ?, decided_by = ?, decided_at = ?
        WHERE application_number = ? AND round_number = ?""", decision, reason, chair, now(), number, round);
  }

  /** The number the application's next round gets: one after the last on record. */
  public int nextRound(String number) {
    Integer round = lastRound(number);
    return round == null ? 1 : round + 1;
  }

  /** The round now open for the application (the latest). */
  public int currentRound(String number) {
    Integer round = lastRound(number);
    if (round == null) {
      throw new IllegalStateException("No interview round is open for " + number);
    }
    return round;
  }

  private Integer lastRound(String number) {
    return jdbc.queryForObject("SELECT MAX(round_number) FROM interview_round WHERE application_number = ?",
        Integer.class, number);
  }

  public List<String> decisions(String number) {
    return jdbc.queryForList("SELECT decision FROM interview_round WHERE application_number = ? ORDER BY round_number",
        String.class, number);
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  public record Round(int members, int recused, List<BigDecimal> memberMeans) {}
}
