package kz.edu.leaders.appointment;

import kz.edu.leaders.domain.Post;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.edu.leaders.common.Sequences;
import kz.edu.leaders.domain.Region;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/**
 * Vacancy cases: the source of truth for a case's region, post, legal basis, acting head and outcome, and
 * its audit trail ({@code vacancy_event}). Runs in the caller's (the engine's) transaction.
 */
@Repository
public class VacancyRepository {

  public static final String OPEN = "OPEN";
  public static final String FILLED = "FILLED";
  public static final String CLOSED = "CLOSED";

  private final JdbcTemplate jdbc;
  private final DataFieldMaxValueIncrementer numbers;

  public VacancyRepository(JdbcTemplate jdbc, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.numbers = Sequences.of(dataSource, "vacancy_number_seq");
  }

  /** A new case number, e.g. {@code VC-2026-000042}. */
  public String nextNumber(int year) {
    return String.format("VC-%d-%06d", year, numbers.nextLongValue());
  }

  public void insert(String number, NewVacancy vacancy, String registeredBy, String processInstanceId) {
    jdbc.update("""
        INSERT INTO vacancy (vacancy_number, school, region, position, vacated_on, status, registered_by, registered_at,
          process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, vacancy.school(), vacancy.region().name(), vacancy.post().name(), Date.valueOf(vacancy.vacatedOn()),
        OPEN, registeredBy, now(), processInstanceId);
    event(number, "REGISTERED", vacancy.post().label() + ", " + vacancy.school() + ", vacated on "
        + vacancy.vacatedOn(), registeredBy);
  }

  public Optional<Vacancy> find(String number) {
    return jdbc.query("""
            SELECT vacancy_number, school, region, position, vacated_on, legal_basis, status, path, acting_head_name,
              acting_head_post, acting_from, acting_until, outcome, outcome_reason
            FROM vacancy WHERE vacancy_number = ?""",
        (rs, i) -> new Vacancy(rs.getString(1), rs.getString(2), Region.valueOf(rs.getString(3)),
            Post.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate(), rs.getString(6), rs.getString(7),
            rs.getString(8), rs.getString(9), rs.getString(10), localDate(rs.getDate(11)), localDate(rs.getDate(12)),
            rs.getString(13), rs.getString(14)), number).stream().findFirst();
  }

  public Vacancy get(String number) {
    return find(number).orElseThrow(() -> new IllegalStateException("No vacancy " + number));
  }

  public void setLegalBasis(String number, String legalBasis) {
    jdbc.update("UPDATE vacancy SET legal_basis = ? WHERE vacancy_number = ?", legalBasis, number);
  }

  public void setPath(String number, String path) {
    jdbc.update("UPDATE vacancy SET path = ? WHERE vacancy_number = ?", path, number);
  }

  /** Records the acting head unless one was already assigned: the rules allow one assignment only. */
  public boolean assignActingHead(String number, String name, String post, LocalDate from, LocalDate until,
                                  String assignedBy) {
    return jdbc.update("""
        UPDATE vacancy SET acting_head_name = ?, acting_head_post = ?, acting_from = ?, acting_until = ?,
          acting_assigned_by = ?, acting_assigned_at = ?
        WHERE vacancy_number = ? AND acting_from IS NULL""",
        name, post, Date.valueOf(from), Date.valueOf(until), assignedBy, now(), number) == 1;
  }

  public void close(String number, String status, String outcome, String reason) {
    jdbc.update("""
        UPDATE vacancy SET status = ?, outcome = ?, outcome_reason = ?, closed_at = ?
        WHERE vacancy_number = ? AND status = ?""", status, outcome, reason, now(), number, OPEN);
  }

  /** One line of the case's audit trail. */
  public void event(String number, String event, String detail, String actor) {
    jdbc.update("INSERT INTO vacancy_event (vacancy_number, event, detail, actor, occurred_at) VALUES (?, ?, ?, ?, ?)",
        number, event, detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...",
        actor, now());
  }

  public List<Event> events(String number) {
    return jdbc.query("""
            SELECT event, detail, actor, occurred_at FROM vacancy_event WHERE vacancy_number = ? ORDER BY id""",
        (rs, i) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
        number);
  }

  private static LocalDate localDate(java.sql.Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  public record NewVacancy(String school, Region region, Post post, LocalDate vacatedOn) {}

  public record Vacancy(String number, String school, Region region, Post post, LocalDate vacatedOn,
                        String legalBasis, String status, String path, String actingHeadName, String actingHeadPost,
                        LocalDate actingFrom, LocalDate actingUntil, String outcome, String outcomeReason) {}

  public record Event(String event, String detail, String actor, Instant at) {}
}
