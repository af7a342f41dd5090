package kz.edu.leaders.appointment;

import kz.edu.leaders.domain.Post;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.edu.leaders.domain.Region;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reservists who may take a vacant post without competition, and the offers made to them. */
@Repository
public class ReservistRepository {

  private final JdbcTemplate jdbc;

  public ReservistRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Active, unexpired reservists of the post's level in the region, best composite score first. Left out: those
   * already offered this post, and those with an offer elsewhere still unanswered (one post at a time).
   */
  public List<Reservist> candidatesFor(String vacancyNumber, Region region, Post post, LocalDate today) {
    return jdbc.query("""
            SELECT r.certificate_number, r.surname, r.first_name, r.composite_score, r.cycle_year, r.valid_until
            FROM reserve_entry r
            WHERE r.region = ? AND r.level = ? AND r.status = 'ACTIVE' AND r.valid_until >= ?
              AND NOT EXISTS (SELECT 1 FROM reservist_offer o WHERE o.certificate_number = r.certificate_number
                              AND (o.vacancy_number = ? OR o.answer IS NULL))
            ORDER BY r.composite_score DESC NULLS LAST, r.certificate_number""",
        (rs, i) -> new Reservist(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5),
            rs.getDate(6).toLocalDate()),
        region.name(), post.name(), Date.valueOf(today), vacancyNumber);
  }

  /** Records the offer; a second open offer to the same reservist fails (DuplicateKeyException). */
  public void offer(String vacancyNumber, String certificate, LocalDate offeredOn, String offeredBy) {
    jdbc.update("""
        INSERT INTO reservist_offer (vacancy_number, certificate_number, open_certificate, offered_on, offered_by)
        VALUES (?, ?, ?, ?, ?)""", vacancyNumber, certificate, certificate, Date.valueOf(offeredOn), offeredBy);
  }

  /** The vacancy's offer still waiting for the reservist's answer. */
  public Optional<Offer> openOffer(String vacancyNumber) {
    return offers(vacancyNumber, "AND o.answer IS NULL").stream().findFirst();
  }

  public Optional<Offer> acceptedOffer(String vacancyNumber) {
    return offers(vacancyNumber, "AND o.answer = 'ACCEPTED'").stream().findFirst();
  }

  public List<Offer> offers(String vacancyNumber) {
    return offers(vacancyNumber, "");
  }

  private List<Offer> offers(String vacancyNumber, String condition) {
    return jdbc.query("""
            SELECT o.id, o.certificate_number, r.surname, r.first_name, r.iin, o.offered_on, o.answer, o.answered_on
            FROM reservist_offer o JOIN reserve_entry r ON r.certificate_number = o.certificate_number
            WHERE o.vacancy_number = ?""" + " " + condition + " ORDER BY o.id",
        (rs, i) -> new Offer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getDate(6).toLocalDate(), rs.getString(7),
            rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate()), vacancyNumber);
  }

  public void answer(long offerId, String answer, LocalDate answeredOn, String recordedBy) {
    jdbc.update("""
        UPDATE reservist_offer SET answer = ?, answered_on = ?, answer_recorded_by = ?, answer_recorded_at = ?,
          open_certificate = NULL
        WHERE id = ? AND answer IS NULL""",
        answer, Date.valueOf(answeredOn), recordedBy, Timestamp.from(Instant.now()), offerId);
  }

  /** The reservist leaves the active reserve: appointed to a post. */
  public void markAppointed(String certificate) {
    jdbc.update("UPDATE reserve_entry SET status = 'APPOINTED' WHERE certificate_number = ? AND status = 'ACTIVE'",
        certificate);
  }

  public record Reservist(String certificateNumber, String surname, String firstName, BigDecimal compositeScore,
                          int cycle, LocalDate validUntil) {

    public String label() {
      return surname + " " + firstName + " — " + (compositeScore == null ? "no score" : compositeScore.toPlainString())
          + " — " + certificateNumber + " (" + cycle + ")";
    }
  }

  public record Offer(long id, String certificateNumber, String surname, String firstName, String iin,
                      LocalDate offeredOn, String answer, LocalDate answeredOn) {

    public String name() {
      return surname + " " + firstName;
    }
  }
}
