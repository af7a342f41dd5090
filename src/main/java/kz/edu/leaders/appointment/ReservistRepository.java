package kz.edu.leaders.appointment;

import kz.edu.leaders.domain.Post;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.reserve.ReserveRepository;
import kz.edu.leaders.talentpool.TalentPoolRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * People who may take a vacant post without competition, and the offers made to them: Republican reservists (read
 * through {@link ReserveRepository}) and members of the region's talent pool (read through
 * {@link TalentPoolRepository}). Which of the two sources qualify for a post is the caller's question to
 * {@link WithoutCompetitionSources}.
 */
@Repository
public class ReservistRepository {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final JdbcTemplate jdbc;
  private final ReserveRepository reserve;
  private final TalentPoolRepository pools;

  public ReservistRepository(JdbcTemplate jdbc, ReserveRepository reserve, TalentPoolRepository pools) {
    this.jdbc = jdbc;
    this.reserve = reserve;
    this.pools = pools;
  }

  /**
   * Of the qualifying sources: active, unexpired reservists of the post's level in the region, best composite score
   * first, then the active members of the region's talent pool, by name. Left out: those already offered this post,
   * and those with an offer elsewhere still unanswered (one post at a time).
   */
  public List<Reservist> candidatesFor(String vacancyNumber, Region region, Post post, LocalDate today,
                                       Set<OfferSource> sources) {
    Set<String> offered = new HashSet<>();
    jdbc.query("""
        SELECT certificate_number, pool_entry_number FROM reservist_offer WHERE vacancy_number = ? OR answer IS NULL""",
        rs -> {
          offered.add(rs.getString(1));
          offered.add(rs.getString(2));
        }, vacancyNumber);
    List<Reservist> candidates = new ArrayList<>();
    if (sources.contains(OfferSource.REPUBLICAN_RESERVE)) {
      reserve.active(region, post, today).stream()
          .filter(entry -> !offered.contains(entry.certificateNumber()))
          .map(entry -> new Reservist(OfferSource.REPUBLICAN_RESERVE, entry.certificateNumber(), entry.surname(),
              entry.firstName(), entry.compositeScore(), entry.cycle(), entry.validUntil()))
          .forEach(candidates::add);
    }
    if (sources.contains(OfferSource.REGIONAL_POOL)) {
      pools.active(region, today).stream()
          .filter(entry -> !offered.contains(entry.number()))
          .map(entry -> new Reservist(OfferSource.REGIONAL_POOL, entry.number(), entry.surname(), entry.firstName(),
              null, entry.termFrom().getYear(), entry.termUntil()))
          .forEach(candidates::add);
    }
    return candidates;
  }

  /** Records an offer to a Republican reservist; a second open offer to them fails (DuplicateKeyException). */
  public void offer(String vacancyNumber, String certificate, LocalDate offeredOn, String offeredBy) {
    offer(vacancyNumber, new Reservist(OfferSource.REPUBLICAN_RESERVE, certificate, null, null, null, 0, null),
        offeredOn, offeredBy);
  }

  /** Records the offer; a second open offer to the same person fails (DuplicateKeyException). */
  public void offer(String vacancyNumber, Reservist to, LocalDate offeredOn, String offeredBy) {
    boolean pool = to.source() == OfferSource.REGIONAL_POOL;
    String certificate = pool ? null : to.certificateNumber();
    String entry = pool ? to.certificateNumber() : null;
    jdbc.update("""
        INSERT INTO reservist_offer (vacancy_number, source, certificate_number, open_certificate, pool_entry_number,
          open_pool_entry, offered_on, offered_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", vacancyNumber, to.source().name(), certificate, certificate, entry, entry,
        Date.valueOf(offeredOn), offeredBy);
  }

  /** The vacancy's offer still waiting for the answer. */
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
            SELECT o.id, o.source, o.certificate_number, o.pool_entry_number, o.offered_on, o.answer, o.answered_on
            FROM reservist_offer o WHERE o.vacancy_number = ?""" + " " + condition + " ORDER BY o.id",
        (rs, i) -> new Offer(rs.getLong(1), OfferSource.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
            null, null, null, rs.getDate(5).toLocalDate(), rs.getString(6),
            rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate()), vacancyNumber);
    Map<String, ReserveRepository.Entry> reservists = reserve.byCertificate(
        offers.stream().map(Offer::certificateNumber).filter(c -> c != null).distinct().toList());
    Map<String, TalentPoolRepository.Entry> members = pools.byNumber(
        offers.stream().map(Offer::poolEntryNumber).filter(c -> c != null).distinct().toList());
    // An offer is made to a reserve entry or a pool entry (foreign keys), so every one is found.
    return offers.stream().map(offer -> {
      if (offer.source() == OfferSource.REGIONAL_POOL) {
        TalentPoolRepository.Entry entry = members.get(offer.poolEntryNumber());
        return offer.of(entry.surname(), entry.firstName(), entry.iin());
      }
      ReserveRepository.Entry entry = reservists.get(offer.certificateNumber());
      return offer.of(entry.surname(), entry.firstName(), entry.iin());
    }).toList();
  }

  public void answer(long offerId, String answer, LocalDate answeredOn, String recordedBy) {
    jdbc.update("""
        UPDATE reservist_offer SET answer = ?, answered_on = ?, answer_recorded_by = ?, answer_recorded_at = ?,
          open_certificate = NULL, open_pool_entry = NULL
        WHERE id = ? AND answer IS NULL""",
        answer, Date.valueOf(answeredOn), recordedBy, Timestamp.from(Instant.now()), offerId);
  }

  /**
   * A person who may be offered the post. {@code certificateNumber} is the person's number in their source: the
   * reserve certificate, or the pool entry number (TP-...); it is the value the path form offers.
   */
  public record Reservist(OfferSource source, String certificateNumber, String surname, String firstName,
                          BigDecimal compositeScore, int cycle, LocalDate validUntil) {

    public String label() {
      if (source == OfferSource.REGIONAL_POOL) {
        return surname + " " + firstName + " — " + certificateNumber + " (" + DAY.format(validUntil) + ") · "
            + source.label();
      }
      return surname + " " + firstName + " — " + (compositeScore == null ? "no score" : compositeScore.toPlainString())
          + " — " + certificateNumber + " (" + cycle + ") · " + source.label();
    }
  }

  public record Offer(long id, OfferSource source, String certificateNumber, String poolEntryNumber, String surname,
                      String firstName, String iin, LocalDate offeredOn, String answer, LocalDate answeredOn) {

    public String name() {
      return surname + " " + firstName;
    }

    /** The person's number in their source: the certificate or the pool entry. */
    public String number() {
      return source == OfferSource.REGIONAL_POOL ? poolEntryNumber : certificateNumber;
    }

    Offer of(String surname, String firstName, String iin) {
      return new Offer(id, source, certificateNumber, poolEntryNumber, surname, firstName, iin, offeredOn, answer,
          answeredOn);
    }
  }
}
