package kz.edu.leaders.competition;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Open competitions for a vacancy (one row per announcement), their candidates, sessions and votes.
 * Runs in the caller's (the engine's) transaction.
 */
@Repository
public class CompetitionRepository {

  private final JdbcTemplate jdbc;

  public CompetitionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** How many competitions were announced for the vacancy so far. */
  public int attempts(String vacancyNumber) {
    Integer attempts = jdbc.queryForObject("SELECT COUNT(*) FROM competition WHERE vacancy_number = ?",
        Integer.class, vacancyNumber);
    return attempts == null ? 0 : attempts;
  }

  /** The winner of the vacancy's latest competition, if it ended with one. */
  public Optional<Winner> winner(String vacancyNumber) {
    return jdbc.query("""
            SELECT c.id, c.competition_id, c.iin, c.surname, c.first_name, c.patronymic
            FROM competition k JOIN competition_candidate c ON c.id = k.winner_candidate_id
            WHERE k.vacancy_number = ? AND k.outcome = 'WINNER'
            ORDER BY k.attempt DESC""",
        (rs, i) -> new Winner(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6)), vacancyNumber).stream().findFirst();
  }

  public record Winner(long candidateId, String competitionId, String iin, String surname, String firstName,
                       String patronymic) {

    public String fullName() {
      return surname + " " + firstName + (patronymic == null || patronymic.isBlank() ? "" : " " + patronymic);
    }
  }
}
