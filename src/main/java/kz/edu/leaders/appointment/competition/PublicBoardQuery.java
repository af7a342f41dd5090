package kz.edu.leaders.appointment.competition;

import static kz.edu.leaders.appointment.CaseLabels.at;
import static kz.edu.leaders.appointment.CaseLabels.postName;
import static kz.edu.leaders.appointment.CaseLabels.regionName;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Texts;
import kz.edu.leaders.common.WorkingDayCalendar;
import kz.edu.leaders.appointment.competition.PublicBoard.Finished;
import kz.edu.leaders.appointment.competition.PublicBoard.Upcoming;
import kz.edu.leaders.appointment.competition.PublicBoard.VoteCount;
import kz.edu.leaders.domain.Region;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the public board from the competition tables. Selects no column of personal data but the appointee's name. */
@Repository
public class PublicBoardQuery {

  private static final String COMPETITION_OF_VACANCY = """
      FROM competition k JOIN vacancy v ON v.vacancy_number = k.vacancy_number
      """;

  private final JdbcTemplate jdbc;
  private final ZoneId zone;

  public PublicBoardQuery(JdbcTemplate jdbc, WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.zone = ZoneId.of(calendar.zone());
  }

  /** Scheduled sessions at or after {@code since}, soonest first; a region of null means every region. */
  public List<Upcoming> upcoming(Region region, Instant since, int limit, Language language) {
    List<Object> args = new ArrayList<>(List.of(Timestamp.from(since)));
    String sql = "SELECT k.competition_id, k.attempt, v.school, v.region, v.position, k.session_at, k.stream_link "
        + COMPETITION_OF_VACANCY
        + "WHERE k.status = 'SCHEDULED' AND k.session_at >= ? " + inRegion(region, args)
        + "ORDER BY k.session_at, k.competition_id LIMIT ?";
    args.add(limit);
    return jdbc.query(sql, (rs, i) -> new Upcoming(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
        regionName(rs.getString(4), language), rs.getString(5), postName(rs.getString(5), language),
        at(rs.getTimestamp(6), zone),
        webLink(rs.getString(7))), args.toArray());
  }

  /** Decided competitions, newest first; a region of null means every region. */
  public List<Finished> finished(Region region, int limit, Language language) {
    List<Object> args = new ArrayList<>();
    // The appointee is named only by an order of the competition path for this competition's winner.
    String sql = """
        SELECT k.competition_id, k.attempt, v.school, v.region, v.position, k.decided_at, k.outcome, o.appointee_name,
          k.recording_link
        """ + COMPETITION_OF_VACANCY + """
        LEFT JOIN appointment_order o ON o.vacancy_number = k.vacancy_number AND o.path = 'COMPETITION'
          AND k.outcome = 'WINNER' AND (o.candidate_id IS NULL OR o.candidate_id = k.winner_candidate_id)
        WHERE k.status = 'DECIDED'
        """ + inRegion(region, args) + "ORDER BY k.decided_at DESC NULLS LAST, k.competition_id DESC LIMIT ?";
    args.add(limit);
    List<Object[]> rows = jdbc.query(sql, (rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getTimestamp(6), rs.getString(7), rs.getString(8), rs.getString(9)},
        args.toArray());
    Map<String, List<VoteCount>> votes = votes(rows.stream().map(row -> (String) row[0]).toList());
    return rows.stream().map(row -> new Finished((String) row[0], (Integer) row[1], (String) row[2], (String) row[3],
        regionName((String) row[3], language), (String) row[4], postName((String) row[4], language),
        at((Timestamp) row[5], zone), (String) row[6], outcomeText((String) row[6], (String) row[7], language),
        (String) row[7],
        votes.getOrDefault((String) row[0], List.of()), webLink((String) row[8]))).toList();
  }

  /**
   * Votes for and against each interviewed candidate of the competitions, the winner first. The tally recorded
   * on the candidate counts; without one, the open votes of the competition's last session round.
   */
  private Map<String, List<VoteCount>> votes(List<String> competitionIds) {
    Map<String, List<VoteCount>> votes = new HashMap<>();
    if (competitionIds.isEmpty()) {
      return votes;
    }
    String lastRound = "(SELECT MAX(x.session_round) FROM competition_vote x WHERE x.competition_id = c.competition_id)";
    String sql = """
        SELECT c.competition_id, c.status,
          COALESCE(c.votes_for, (SELECT COUNT(*) FROM competition_vote w WHERE w.candidate_id = c.id
            AND w.vote = 'FOR' AND w.session_round = %1$s)),
          COALESCE(c.votes_against, (SELECT COUNT(*) FROM competition_vote w WHERE w.candidate_id = c.id
            AND w.vote = 'AGAINST' AND w.session_round = %1$s))
        FROM competition_candidate c
        WHERE c.competition_id IN (%2$s)
          AND (c.status IN ('WINNER', 'NOT_SELECTED') OR c.votes_for IS NOT NULL
            OR EXISTS (SELECT 1 FROM competition_vote w WHERE w.candidate_id = c.id))
        ORDER BY c.competition_id, CASE WHEN c.status = 'WINNER' THEN 0 ELSE 1 END, 3 DESC, 4, c.id
        """.formatted(lastRound, String.join(", ", Collections.nCopies(competitionIds.size(), "?")));
    jdbc.query(sql, rs -> {
      votes.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
          .add(new VoteCount("WINNER".equals(rs.getString(2)), rs.getInt(3), rs.getInt(4)));
    }, competitionIds.toArray());
    return votes;
  }

  private static String inRegion(Region region, List<Object> args) {
    if (region == null) {
      return "";
    }
    args.add(region.name());
    return "AND v.region = ? ";
  }

  static String outcomeText(String outcome, String appointeeName, Language language) {
    if ("WINNER".equals(outcome)) {
      return Texts.render(appointeeName == null ? "board.outcome.orderPending" : "board.outcome.appointed", language);
    }
    if ("NO_WINNER".equals(outcome)) {
      return Texts.render("board.outcome.noWinner", language);
    }
    return outcome;
  }

  /** Only web addresses become links on a public page (never javascript: or data: URLs). */
  static String webLink(String link) {
    if (link == null) {
      return null;
    }
    String trimmed = link.trim();
    String lower = trimmed.toLowerCase();
    return lower.startsWith("https://") || lower.startsWith("http://") ? trimmed : null;
  }
}
