package kz.edu.leaders.events.forum;

import static kz.edu.leaders.events.forum.ForumRepository.now;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Feedback links (forum_feedback_token, hashes only) and sheets (forum_feedback, forum_session_rating). */
@Repository
public class FeedbackRepository {

  /** Whose link a token hash is. */
  public record Holder(long participantId, String forumNumber) {}

  /** Count and sum of the ratings of one thing (a session, the forum). */
  public record Tally(int count, long total) {}

  private final JdbcTemplate jdbc;

  public FeedbackRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the participants' links by the new hashes (participant id to hash). */
  public void replaceTokens(Map<Long, String> hashes, String by) {
    jdbc.batchUpdate("DELETE FROM forum_feedback_token WHERE participant_id = ?",
        hashes.keySet().stream().map(id -> new Object[] {id}).toList());
    jdbc.batchUpdate("INSERT INTO forum_feedback_token (participant_id, token_hash, issued_by, issued_at) "
        + "VALUES (?, ?, ?, ?)", hashes.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue(), by,
        now()}).toList());
  }

  public Optional<Holder> holder(String tokenHash) {
    return jdbc.query("SELECT t.participant_id, p.forum_number FROM forum_feedback_token t JOIN forum_participant p "
        + "ON p.id = t.participant_id WHERE t.token_hash = ?", (rs, i) -> new Holder(rs.getLong("participant_id"),
        rs.getString("forum_number")), tokenHash).stream().findFirst();
  }

  public boolean answered(long participantId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM forum_feedback WHERE participant_id = ?", Integer.class,
        participantId) > 0;
  }

  /** Participant ids of the forum who sent their sheet. */
  public List<Long> answeredIn(String forum) {
    return jdbc.queryForList("SELECT participant_id FROM forum_feedback WHERE forum_number = ?", Long.class, forum);
  }

  /** Writes a sheet; a second sheet of the participant fails on the unique key (DuplicateKeyException). */
  public void insert(String forum, long participantId, int forumRating, String comments, Map<Long, Integer> ratings) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO forum_feedback (forum_number, participant_id, "
          + "forum_rating, comments, submitted_at) VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, forum);
      statement.setLong(2, participantId);
      statement.setInt(3, forumRating);
      statement.setString(4, comments);
      statement.setTimestamp(5, now());
      return statement;
    }, key);
    long feedback = key.getKey().longValue();
    jdbc.batchUpdate("INSERT INTO forum_session_rating (feedback_id, session_id, rating) VALUES (?, ?, ?)",
        ratings.entrySet().stream().map(r -> new Object[] {feedback, r.getKey(), r.getValue()}).toList());
  }

  public int count(String forum) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM forum_feedback WHERE forum_number = ?", Integer.class, forum);
  }

  public Tally forumTally(String forum) {
    return jdbc.queryForObject("SELECT COUNT(*) AS n, COALESCE(SUM(forum_rating), 0) AS total FROM forum_feedback "
        + "WHERE forum_number = ?", (rs, i) -> new Tally(rs.getInt("n"), rs.getLong("total")), forum);
  }

  /** Session id to its tally. */
  public Map<Long, Tally> sessionTallies(String forum) {
    Map<Long, Tally> tallies = new HashMap<>();
    jdbc.query("SELECT r.session_id, COUNT(*) AS n, SUM(r.rating) AS total FROM forum_session_rating r "
        + "JOIN forum_feedback f ON f.id = r.feedback_id WHERE f.forum_number = ? GROUP BY r.session_id", rs -> {
          tallies.put(rs.getLong("session_id"), new Tally(rs.getInt("n"), rs.getLong("total")));
        }, forum);
    return tallies;
  }

  public List<String> comments(String forum) {
    return jdbc.queryForList("SELECT comments FROM forum_feedback WHERE forum_number = ? AND comments IS NOT NULL "
        + "ORDER BY submitted_at, id", String.class, forum);
  }
}
