package kz.edu.leaders.appointment.competition;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import kz.edu.leaders.appointment.CompetitionResults;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Open competitions for a vacancy (one row per announcement), their candidates, sessions and votes.
 * Runs in the caller's (the engine's) transaction. Times come from the engine's clock, so tests that move
 * it see consistent records.
 */
@Repository
public class CompetitionRepository implements CompetitionResults {

  public static final String ANNOUNCED = "ANNOUNCED";
  public static final String SCHEDULED = "SCHEDULED";
  public static final String DECIDED = "DECIDED";

  private static final RowMapper<Candidate> CANDIDATE = (rs, i) -> new Candidate(rs.getLong("id"),
      rs.getString("competition_id"), rs.getString("iin"), rs.getString("surname"), rs.getString("first_name"),
      rs.getString("patronymic"), CandidateStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
      rs.getBigDecimal("test_score"), (Integer) rs.getObject("votes_for"), (Integer) rs.getObject("votes_against"));

  private final JdbcTemplate jdbc;

  public CompetitionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public int attempts(String vacancyNumber) {
    Integer attempts = jdbc.queryForObject("SELECT COUNT(*) FROM competition WHERE vacancy_number = ?",
        Integer.class, vacancyNumber);
    return attempts == null ? 0 : attempts;
  }

  @Override
  public Optional<Winner> winner(String vacancyNumber) {
    return jdbc.query("""
            SELECT c.id, c.competition_id, c.iin, c.surname, c.first_name, c.patronymic
            FROM competition k JOIN competition_candidate c ON c.id = k.winner_candidate_id
            WHERE k.vacancy_number = ? AND k.outcome = 'WINNER'
            ORDER BY k.attempt DESC""",
        (rs, i) -> new Winner(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6)), vacancyNumber).stream().findFirst();
  }

  public void open(String competitionId, String vacancyNumber, int attempt) {
    jdbc.update("INSERT INTO competition (competition_id, vacancy_number, attempt, status) VALUES (?, ?, ?, ?)",
        competitionId, vacancyNumber, attempt, ANNOUNCED);
  }

  /**
   * The vacancy's latest competition: the one its running OpenCompetition instance works on. Found through the
   * business key, never through a variable, which any task submission could overwrite.
   */
  public Competition current(String vacancyNumber) {
    return jdbc.query("""
            SELECT competition_id, vacancy_number, attempt, announced_on, applications_until, observer_name, session_at,
              stream_link, recording_link, status, outcome, outcome_reason, winner_candidate_id
            FROM competition WHERE vacancy_number = ? ORDER BY attempt DESC""",
        (rs, i) -> new Competition(rs.getString(1), rs.getString(2), rs.getInt(3), localDate(rs.getDate(4)),
            localDate(rs.getDate(5)), rs.getString(6), rs.getTimestamp(7), rs.getString(8), rs.getString(9),
            rs.getString(10), rs.getString(11), rs.getString(12), (Long) toLong(rs.getObject(13))), vacancyNumber)
        .stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No competition was announced for vacancy " + vacancyNumber));
  }

  public void announce(String competitionId, LocalDate announcedOn, LocalDate applicationsUntil, String text,
                       String announcedBy) {
    jdbc.update("""
        UPDATE competition SET announced_on = ?, applications_until = ?, announcement_text = ?, announced_by = ?
        WHERE competition_id = ?""", java.sql.Date.valueOf(announcedOn), java.sql.Date.valueOf(applicationsUntil),
        text, announcedBy, competitionId);
  }

  public void setObserver(String competitionId, String observerName) {
    jdbc.update("UPDATE competition SET observer_name = ? WHERE competition_id = ?", observerName, competitionId);
  }

  public void planSession(String competitionId, Date sessionAt, String streamLink) {
    jdbc.update("UPDATE competition SET session_at = ?, stream_link = ? WHERE competition_id = ?",
        new Timestamp(sessionAt.getTime()), streamLink, competitionId);
  }

  public void setStatus(String competitionId, String status) {
    jdbc.update("UPDATE competition SET status = ? WHERE competition_id = ?", status, competitionId);
  }

  /** The session's winner, before the competition closes (then {@link #winner} reports it). */
  public void setWinner(String competitionId, Long candidateId) {
    jdbc.update("UPDATE competition SET winner_candidate_id = ? WHERE competition_id = ?", candidateId, competitionId);
  }

  public void setRecording(String competitionId, String recordingLink) {
    jdbc.update("UPDATE competition SET recording_link = ? WHERE competition_id = ?", recordingLink, competitionId);
  }

  /** Closes the competition; the candidates who were voted on become WINNER or NOT_SELECTED. */
  public void decide(String competitionId, String outcome, String ending, String reason) {
    Long winner = "WINNER".equals(outcome) ? jdbc.queryForObject(
        "SELECT winner_candidate_id FROM competition WHERE competition_id = ?", Long.class, competitionId) : null;
    jdbc.update("""
        UPDATE competition SET status = ?, outcome = ?, ending = ?, outcome_reason = ?, decided_at = ?,
          winner_candidate_id = ? WHERE competition_id = ?""",
        DECIDED, outcome, ending, shorten(reason, 2000), now(), winner, competitionId);
    jdbc.update("""
        UPDATE competition_candidate SET status = CASE WHEN id = ? THEN 'WINNER' ELSE 'NOT_SELECTED' END
        WHERE competition_id = ? AND status = ?""",
        winner == null ? -1L : winner, competitionId, CandidateStatus.PRESENT.name());
  }

  public long addCandidate(String competitionId, NewCandidate candidate) {
    jdbc.update("""
        INSERT INTO competition_candidate (competition_id, iin, surname, first_name, patronymic, phone, email,
          current_post, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        competitionId, candidate.iin(), candidate.surname(), candidate.firstName(), candidate.patronymic(),
        candidate.phone(), candidate.email(), candidate.currentPost(), CandidateStatus.APPLIED.name());
    return jdbc.queryForObject("SELECT id FROM competition_candidate WHERE competition_id = ? AND iin = ?",
        Long.class, competitionId, candidate.iin());
  }

  public List<Candidate> candidates(String competitionId) {
    return jdbc.query("SELECT * FROM competition_candidate WHERE competition_id = ? ORDER BY surname, first_name, id",
        CANDIDATE, competitionId);
  }

  public List<Candidate> candidates(String competitionId, List<CandidateStatus> statuses) {
    return candidates(competitionId).stream().filter(c -> statuses.contains(c.status())).toList();
  }

  @Override
  public Optional<CandidateContact> contact(long candidateId) {
    return jdbc.query("SELECT email, first_name, patronymic FROM competition_candidate WHERE id = ?",
        (rs, i) -> new CandidateContact(rs.getString(1), rs.getString(3) == null || rs.getString(3).isBlank()
            ? rs.getString(2) : rs.getString(2) + " " + rs.getString(3)), candidateId).stream().findFirst();
  }

  public void setStatus(long candidateId, CandidateStatus status, String reason) {
    jdbc.update("UPDATE competition_candidate SET status = ?, status_reason = ? WHERE id = ?", status.name(),
        shorten(reason, 1000), candidateId);
  }

  public void setTestResult(long candidateId, BigDecimal score, CandidateStatus status) {
    jdbc.update("UPDATE competition_candidate SET test_score = ?, status = ? WHERE id = ?", score, status.name(),
        candidateId);
  }

  public void setConsent(long candidateId, boolean consent, CandidateStatus status) {
    jdbc.update("UPDATE competition_candidate SET broadcast_consent = ?, status = ? WHERE id = ?", consent,
        status.name(), candidateId);
  }

  public void setAttended(long candidateId, boolean attended, CandidateStatus status) {
    jdbc.update("UPDATE competition_candidate SET attended = ?, status = ? WHERE id = ?", attended, status.name(),
        candidateId);
  }

  public void setVotes(long candidateId, int votesFor, int votesAgainst) {
    jdbc.update("UPDATE competition_candidate SET votes_for = ?, votes_against = ? WHERE id = ?", votesFor,
        votesAgainst, candidateId);
  }

  static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  static String shorten(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  private static LocalDate localDate(java.sql.Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static Long toLong(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  public record Competition(String id, String vacancyNumber, int attempt, LocalDate announcedOn,
                            LocalDate applicationsUntil, String observerName, Timestamp sessionAt, String streamLink,
                            String recordingLink, String status, String outcome, String outcomeReason,
                            Long winnerCandidateId) {}

  public record NewCandidate(String iin, String surname, String firstName, String patronymic, String phone,
                             String email, String currentPost) {}

  public record Candidate(long id, String competitionId, String iin, String surname, String firstName,
                          String patronymic, CandidateStatus status, String statusReason, BigDecimal testScore,
                          Integer votesFor, Integer votesAgainst) {

    public String fullName() {
      return surname + " " + firstName + (patronymic == null || patronymic.isBlank() ? "" : " " + patronymic);
    }

    /** As the vote's reason names people: "Ivanova A.". */
    public String shortName() {
      return surname + " " + firstName.charAt(0) + ".";
    }
  }

}
