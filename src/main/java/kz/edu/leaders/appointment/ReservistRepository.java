package kz.edu.leaders.appointment;

import kz.edu.leaders.domain.Post;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.reserve.ReserveRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reservists who may take a vacant post without competition, and the offers made to them. The reserve itself is
 * read through {@link ReserveRepository}.
 */
@Repository
public class ReservistRepository {

  private final JdbcTemplate jdbc;
  private final ReserveRepository reserve;

  public ReservistRepository(JdbcTemplate jdbc, ReserveRepository reserve) {
    this.jdbc = jdbc;
    this.reserve = reserve;
  }

  /**
   * Active, unexpired reservists of the post's level in the region, best composite score first. Left out: those
   * already offered this post, and those with an offer elsewhere still unanswered (one post at a time).
   */
  public List<Reservist> candidatesFor(String vacancyNumber, Region region, Post post, LocalDate today) {
    Set<String> offered = new HashSet<>(jdbc.queryForList("""
        SELECT certificate_number FROM reservist_offer WHERE vacancy_number = ? OR answer IS NULL""",
        String.class, vacancyNumber));
    return reserve.active(region, post, today).stream()
        .filter(entry -> !offered.contains(entry.certificateNumber()))
        .map(entry -> new Reservist(entry.certificateNumber(), entry.surname(), entry.firstName(),
            entry.compositeScore(), entry.cycle(), entry.validUntil()))
        .toList();
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
    List<Offer> offers = jdbc.query("""
            SELECT o.id, o.certificate_number, o.offered_on, o.answer, o.answered_on
            FROM reservist_offer o WHERE o.vacancy_number = ?""" + " " + condition + " ORDER BY o.id",
        (rs, i) -> new Offer(rs.getLong(1), rs.getString(2), null, null, null, rs.getDate(3).toLocalDate(),
            rs.getString(4), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate()), vacancyNumber);
    Map<String, ReserveRepository.Entry> entries = reserve.byCertificate(
        offers.stream().map(Offer::certificateNumber).distinct().toList());
    // An offer is made to a reserve entry (a foreign key), so every one is found.
    return offers.stream().map(offer -> {
      ReserveRepository.Entry entry = entries.get(offer.certificateNumber());
      return new Offer(offer.id(), offer.certificateNumber(), entry.surname(), entry.firstName(), entry.iin(),
          offer.offeredOn(), offer.answer(), offer.answeredOn());
    }).toList();
  }

  public void answer(long offerId, String answer, LocalDate answeredOn, String recordedBy) {
    jdbc.update("""
        UPDATE reservist_offer SET answer = ?, answered_on = ?, answer_recorded_by = ?, answer_recorded_at = ?,
          open_certificate = NULL
        WHERE id = ? AND answer IS NULL""",
        answer, Date.valueOf(answeredOn), recordedBy, Timestamp.from(Instant.now()), offerId);
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
