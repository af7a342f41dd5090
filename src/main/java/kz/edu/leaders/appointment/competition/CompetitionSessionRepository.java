package kz.edu.leaders.appointment.competition;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Interview sessions of a competition (a session without quorum is held again as the next round) and every
 * member's open vote, by round. Earlier rounds and their votes stay on record.
 */
@Repository
public class CompetitionSessionRepository {

  public static final String FOR = "FOR";
  public static final String AGAINST = "AGAINST";

  private final JdbcTemplate jdbc;

  public CompetitionSessionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens the next round and returns its number. */
  public int open(String competitionId, Date scheduledAt, String streamLink, Date votingCloses, int members) {
    int round = lastRound(competitionId) + 1;
    jdbc.update("""
        INSERT INTO competition_session (competition_id, session_round, scheduled_at, stream_link, voting_closes, members)
        VALUES (?, ?, ?, ?, ?, ?)""", competitionId, round, new Timestamp(scheduledAt.getTime()), streamLink,
        new Timestamp(votingCloses.getTime()), members);
    return round;
  }

  /** The latest round, 0 before the first session. */
  public int lastRound(String competitionId) {
    Integer round = jdbc.queryForObject(
        "SELECT MAX(session_round) FROM competition_session WHERE competition_id = ?", Integer.class, competitionId);
    return round == null ? 0 : round;
  }

  public Session session(String competitionId, int round) {
    return jdbc.queryForObject("""
            SELECT session_round, scheduled_at, stream_link, voting_closes, members, voted, decision, reason, decided_by
            FROM competition_session WHERE competition_id = ? AND session_round = ?""",
        (rs, i) -> new Session(rs.getInt(1), rs.getTimestamp(2), rs.getString(3), rs.getTimestamp(4), rs.getInt(5),
            (Integer) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getString(9)), competitionId, round);
  }

  public boolean hasVoted(String competitionId, int round, String member) {
    Integer votes = jdbc.queryForObject("""
        SELECT COUNT(*) FROM competition_vote WHERE competition_id = ? AND session_round = ? AND member_id = ?""",
        Integer.class, competitionId, round, member);
    return votes != null && votes > 0;
  }

  public void vote(String competitionId, int round, String member, long candidateId, String vote) {
    jdbc.update("""
        INSERT INTO competition_vote (competition_id, session_round, member_id, candidate_id, vote, cast_at)
        VALUES (?, ?, ?, ?, ?, ?)""", competitionId, round, member, candidateId, vote, CompetitionRepository.now());
  }

  /** How many members voted in the round. */
  public int voters(String competitionId, int round) {
    Integer voters = jdbc.queryForObject("""
        SELECT COUNT(DISTINCT member_id) FROM competition_vote WHERE competition_id = ? AND session_round = ?""",
        Integer.class, competitionId, round);
    return voters == null ? 0 : voters;
  }

  /** Votes of the round by candidate id and vote (FOR, AGAINST). */
  public Map<Long, Map<String, Integer>> tally(String competitionId, int round) {
    return jdbc.queryForList("""
            SELECT candidate_id, vote, COUNT(*) AS votes FROM competition_vote
            WHERE competition_id = ? AND session_round = ? GROUP BY candidate_id, vote""", competitionId, round)
        .stream().collect(Collectors.groupingBy(row -> ((Number) value(row, "candidate_id")).longValue(),
            Collectors.toMap(row -> (String) value(row, "vote"), row -> ((Number) value(row, "votes")).intValue())));
  }

  public List<Vote> votes(String competitionId, int round) {
    return jdbc.query("""
            SELECT member_id, candidate_id, vote, cast_at FROM competition_vote
            WHERE competition_id = ? AND session_round = ? ORDER BY member_id, candidate_id""",
        (rs, i) -> new Vote(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4)), competitionId, round);
  }

  /** The tally's decision: no one decided it but the rules. */
  public void decide(String competitionId, int round, String decision, String reason, int voted) {
    jdbc.update("""
        UPDATE competition_session SET decision = ?, reason = ?, voted = ?, decided_at = ?
        WHERE competition_id = ? AND session_round = ?""", decision, CompetitionRepository.shorten(reason, 2000), voted,
        CompetitionRepository.now(), competitionId, round);
  }

  /** The chair's decision on a tie, replacing the tally's. */
  public void chairDecides(String competitionId, int round, String decision, String reason, String chair) {
    jdbc.update("""
        UPDATE competition_session SET decision = ?, reason = ?, decided_by = ?, decided_at = ?
        WHERE competition_id = ? AND session_round = ?""", decision, CompetitionRepository.shorten(reason, 2000), chair,
        CompetitionRepository.now(), competitionId, round);
  }

  /** Column names as the database reports them (H2 upper case, PostgreSQL lower case). */
  private static Object value(Map<String, Object> row, String column) {
    return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
  }

  public record Session(int round, Timestamp scheduledAt, String streamLink, Timestamp votingCloses, int members,
                        Integer voted, String decision, String reason, String decidedBy) {}

  public record Vote(String member, long candidateId, String vote, Timestamp castAt) {}
}
