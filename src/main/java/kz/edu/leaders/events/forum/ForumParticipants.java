package kz.edu.leaders.events.forum;

import static kz.edu.leaders.events.forum.ForumRepository.instant;
import static kz.edu.leaders.events.forum.ForumRepository.now;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** A forum's registered participants (forum_participant): names and contacts, for the region's organisers only. */
@Repository
public class ForumParticipants {

  public record NewParticipant(int number, String fullName, String nameKey, String position, String organisation,
                               String district, String email, String phone) {}

  public record Participant(long id, int number, String fullName, String position, String organisation,
                            String district, String email, String phone, String registeredBy, Instant registeredAt) {}

  private final JdbcTemplate jdbc;

  public ForumParticipants(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String forum, List<NewParticipant> participants, String by, String batchId) {
    jdbc.batchUpdate("""
        INSERT INTO forum_participant (forum_number, participant_no, full_name, name_key, position, organisation,
          district, email, phone, registered_by, registered_at, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        participants.stream().map(p -> new Object[] {forum, p.number(), p.fullName(), p.nameKey(), p.position(),
            p.organisation(), p.district(), p.email(), p.phone(), by, now(), batchId}).toList());
  }

  public Set<String> nameKeys(String forum) {
    return new HashSet<>(jdbc.queryForList("SELECT name_key FROM forum_participant WHERE forum_number = ?",
        String.class, forum));
  }

  public int count(String forum) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM forum_participant WHERE forum_number = ?", Integer.class, forum);
  }

  public int lastNumber(String forum) {
    Integer last = jdbc.queryForObject("SELECT MAX(participant_no) FROM forum_participant WHERE forum_number = ?",
        Integer.class, forum);
    return last == null ? 0 : last;
  }

  public List<Participant> list(String forum) {
    return jdbc.query("SELECT * FROM forum_participant WHERE forum_number = ? ORDER BY participant_no", (rs, i) ->
        new Participant(rs.getLong("id"), rs.getInt("participant_no"), rs.getString("full_name"),
            rs.getString("position"), rs.getString("organisation"), rs.getString("district"), rs.getString("email"),
            rs.getString("phone"), rs.getString("registered_by"), instant(rs.getTimestamp("registered_at"))), forum);
  }

  /** Participant number to id. */
  public java.util.Map<Integer, Long> ids(String forum) {
    java.util.Map<Integer, Long> ids = new java.util.HashMap<>();
    jdbc.query("SELECT id, participant_no FROM forum_participant WHERE forum_number = ?",
        rs -> {
          ids.put(rs.getInt("participant_no"), rs.getLong("id"));
        }, forum);
    return ids;
  }
}
