package kz.edu.leaders.selection;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stages an application went through, with when it entered and left each ({@code application_stage_visit}):
 * what analytics computes the time spent in a stage from. Written by {@link ApplicationRepository} in the same
 * transaction as the application's stage, so the two never disagree.
 */
final class StageVisits {

  private final JdbcTemplate jdbc;
  private final StageRules rules;

  StageVisits(JdbcTemplate jdbc, StageRules rules) {
    this.jdbc = jdbc;
    this.rules = rules;
  }

  private record Open(long id, String stage, Timestamp enteredAt) {}

  /** The application is in the stage from now on; staying in the stage it is in is no new visit. */
  void enter(String number, Stage stage, Timestamp at) {
    Open open = open(number);
    if (open != null && open.stage().equals(stage.name())) {
      return;
    }
    if (open != null) {
      leave(open, at);
    }
    jdbc.update("INSERT INTO application_stage_visit (application_number, stage, entered_at) VALUES (?, ?, ?)",
        number, stage.name(), at);
  }

  /**
   * The application is closed at the stage given: the stage it was in ends now. Closed at a stage it never entered
   * (enrolment closes it in the reserve), it is recorded as reached then, with the rules that stage applied.
   */
  void leaveAll(String number, Stage closedAt, Timestamp at) {
    Open open = open(number);
    if (open == null) {
      return;
    }
    leave(open, at);
    Integer visited = jdbc.queryForObject(
        "SELECT COUNT(*) FROM application_stage_visit WHERE application_number = ? AND stage = ?", Integer.class,
        number, closedAt.name());
    if (visited != null && visited == 0) {
      jdbc.update("""
          INSERT INTO application_stage_visit (application_number, stage, entered_at, left_at, duration_seconds, rules)
          VALUES (?, ?, ?, ?, 0, ?)""", number, closedAt.name(), at, at, rules.json(closedAt));
    }
  }

  private Open open(String number) {
    List<Open> open = jdbc.query("""
            SELECT id, stage, entered_at FROM application_stage_visit
            WHERE application_number = ? AND left_at IS NULL ORDER BY id DESC""",
        (rs, i) -> new Open(rs.getLong(1), rs.getString(2), rs.getTimestamp(3)), number);
    return open.isEmpty() ? null : open.get(0);
  }

  /** Ends the visit with the rules the stage applied: those in force as the application leaves it. */
  private void leave(Open open, Timestamp at) {
    long seconds = Math.max(0, (at.getTime() - open.enteredAt().getTime()) / 1000);
    jdbc.update("UPDATE application_stage_visit SET left_at = ?, duration_seconds = ?, rules = ? WHERE id = ?",
        at, seconds, rules.json(Stage.valueOf(open.stage())), open.id());
  }
}
