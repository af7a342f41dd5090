package kz.edu.leaders.appointment;

import kz.edu.leaders.reserve.ReserveRepository;
import kz.edu.leaders.talentpool.TalentPoolRepository;
import static kz.edu.leaders.appointment.CaseLabels.at;
import static kz.edu.leaders.appointment.CaseLabels.postName;
import static kz.edu.leaders.appointment.CaseLabels.regionName;
import static kz.edu.leaders.common.PersonalData.redact;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edu.leaders.appointment.AppointmentCase.ActingHead;
import kz.edu.leaders.appointment.AppointmentCase.Candidate;
import kz.edu.leaders.appointment.AppointmentCase.Competition;
import kz.edu.leaders.appointment.AppointmentCase.Event;
import kz.edu.leaders.appointment.AppointmentCase.Order;
import kz.edu.leaders.appointment.AppointmentCase.ReservistOffer;
import kz.edu.leaders.appointment.AppointmentCase.Session;
import kz.edu.leaders.appointment.AppointmentCase.Summary;
import kz.edu.leaders.appointment.AppointmentCase.Vacancy;
import kz.edu.leaders.appointment.AppointmentCase.Vote;
import kz.edu.leaders.common.WorkingDayCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads vacancy cases for the case API. Selects no IIN, phone or e-mail column, and masks them in free text.
 * Access is the caller's business ({@link CaseScope}); member names come from a lookup the caller passes.
 */
@Repository
public class AppointmentCaseQuery {

  private static final String CANDIDATE_NAME = "c.surname, c.first_name, c.patronymic";

  private final JdbcTemplate jdbc;
  private final ReserveRepository reserve;
  private final TalentPoolRepository pools;
  private final ZoneId zone;

  public AppointmentCaseQuery(JdbcTemplate jdbc, ReserveRepository reserve, WorkingDayCalendar calendar,
                              TalentPoolRepository pools) {
    this.pools = pools;
    this.jdbc = jdbc;
    this.reserve = reserve;
    this.zone = ZoneId.of(calendar.zone());
  }

  /** The cases of the scope, newest first. */
  public List<Summary> list(CaseScope scope, int limit) {
    if (!scope.everyRegion() && scope.regions().isEmpty()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>();
    String where = "";
    if (!scope.everyRegion()) {
      where = "WHERE region IN (" + String.join(", ", Collections.nCopies(scope.regions().size(), "?")) + ") ";
      scope.regions().forEach(region -> args.add(region.name()));
    }
    args.add(limit);
    return jdbc.query("""
            SELECT vacancy_number, school, region, position, vacated_on, registered_at, status, path, outcome, closed_at
            FROM vacancy\s""" + where + "ORDER BY registered_at DESC, vacancy_number DESC LIMIT ?",
        (rs, i) -> new Summary(rs.getString(1), rs.getString(2), rs.getString(3), regionName(rs.getString(3)),
            rs.getString(4), postName(rs.getString(4)), date(rs.getDate(5)), at(rs.getTimestamp(6), zone),
            rs.getString(7), rs.getString(8), rs.getString(9), at(rs.getTimestamp(10), zone)), args.toArray());
  }

  /** The case's region, to decide access before reading the rest. */
  public Optional<String> regionOf(String vacancyNumber) {
    return jdbc.queryForList("SELECT region FROM vacancy WHERE vacancy_number = ?", String.class, vacancyNumber)
        .stream().findFirst();
  }

  /** The whole case; members' user ids are named through {@code memberNames}. */
  public Optional<AppointmentCase> find(String number, Function<List<String>, Map<String, String>> memberNames) {
    List<Object[]> found = jdbc.query("""
            SELECT vacancy_number, school, region, position, vacated_on, registered_by, registered_at, legal_basis,
              status, path, outcome, outcome_reason, closed_at,
              acting_head_name, acting_head_post, acting_from, acting_until, acting_assigned_by, acting_assigned_at
            FROM vacancy WHERE vacancy_number = ?""",
        (rs, i) -> new Object[] {vacancy(rs), actingHead(rs)}, number);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AppointmentCase((Vacancy) found.get(0)[0], (ActingHead) found.get(0)[1], offers(number),
        competitions(number, memberNames), order(number), events(number)));
  }

  private Vacancy vacancy(ResultSet rs) throws SQLException {
    return new Vacancy(rs.getString(1), rs.getString(2), rs.getString(3), regionName(rs.getString(3)),
        rs.getString(4), postName(rs.getString(4)), date(rs.getDate(5)), rs.getString(6),
        at(rs.getTimestamp(7), zone), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
        redact(rs.getString(12)), at(rs.getTimestamp(13), zone));
  }

  private ActingHead actingHead(ResultSet rs) throws SQLException {
    if (rs.getString(14) == null && rs.getDate(16) == null) {
      return null;
    }
    return new ActingHead(rs.getString(14), rs.getString(15), date(rs.getDate(16)), date(rs.getDate(17)),
        rs.getString(18), at(rs.getTimestamp(19), zone));
  }

  private List<ReservistOffer> offers(String number) {
    List<ReservistOffer> offers = jdbc.query("""
            SELECT o.certificate_number, o.offered_on, o.offered_by, o.answer, o.answered_on, o.answer_recorded_by,
              o.source, o.pool_entry_number
            FROM reservist_offer o WHERE o.vacancy_number = ? ORDER BY o.offered_on, o.id""",
        (rs, i) -> new ReservistOffer(rs.getString(1), null, date(rs.getDate(2)), rs.getString(3), rs.getString(4),
            date(rs.getDate(5)), rs.getString(6), rs.getString(7), rs.getString(8)), number);
    Map<String, ReserveRepository.Entry> entries = reserve.byCertificate(
        offers.stream().map(ReservistOffer::certificateNumber).filter(c -> c != null).distinct().toList());
    Map<String, TalentPoolRepository.Entry> members = pools.byNumber(
        offers.stream().map(ReservistOffer::poolEntryNumber).filter(c -> c != null).distinct().toList());
    return offers.stream().map(offer -> {
      ReserveRepository.Entry entry = offer.certificateNumber() == null ? null : entries.get(offer.certificateNumber());
      TalentPoolRepository.Entry member = offer.poolEntryNumber() == null ? null : members.get(offer.poolEntryNumber());
      String name = entry != null ? name(entry.surname(), entry.firstName(), null)
          : member != null ? name(member.surname(), member.firstName(), null) : null;
      return new ReservistOffer(offer.certificateNumber(), name, offer.offeredOn(), offer.offeredBy(),
          offer.answer(), offer.answeredOn(), offer.answerRecordedBy(), offer.source(), offer.poolEntryNumber());
    }).toList();
  }

  private List<Competition> competitions(String number, Function<List<String>, Map<String, String>> memberNames) {
    String ofVacancy = "IN (SELECT competition_id FROM competition WHERE vacancy_number = ?)";
    Map<String, List<Session>> sessions = jdbc.query("""
            SELECT competition_id, session_round, scheduled_at, stream_link, voting_closes, members, voted, decision,
              reason, decided_by, decided_at
            FROM competition_session WHERE competition_id\s""" + ofVacancy + " ORDER BY session_round",
        (rs, i) -> Map.entry(rs.getString(1), new Session(rs.getInt(2), at(rs.getTimestamp(3), zone), rs.getString(4),
            at(rs.getTimestamp(5), zone), rs.getInt(6), (Integer) rs.getObject(7, Integer.class), rs.getString(8),
            redact(rs.getString(9)), rs.getString(10), at(rs.getTimestamp(11), zone))), number)
        .stream().collect(grouped());
    Map<String, List<Candidate>> candidates = jdbc.query("""
            SELECT c.competition_id, c.id,\s""" + CANDIDATE_NAME + """
            , c.current_post, c.status, c.status_reason, c.test_score, c.broadcast_consent,
              c.attended, c.votes_for, c.votes_against, k.winner_candidate_id
            FROM competition_candidate c JOIN competition k ON k.competition_id = c.competition_id
            WHERE k.vacancy_number = ? ORDER BY c.id""",
        (rs, i) -> Map.entry(rs.getString(1), new Candidate(rs.getLong(2),
            name(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getString(6), rs.getString(7),
            redact(rs.getString(8)), rs.getBigDecimal(9), rs.getObject(10, Boolean.class),
            rs.getObject(11, Boolean.class), rs.getObject(12, Integer.class), rs.getObject(13, Integer.class),
            rs.getLong(2) == rs.getLong(14))), number)
        .stream().collect(grouped());
    List<Map.Entry<String, Vote>> votes = jdbc.query("""
            SELECT w.competition_id, w.session_round, w.member_id, w.candidate_id,\s""" + CANDIDATE_NAME + """
            , w.vote, w.cast_at
            FROM competition_vote w JOIN competition_candidate c ON c.id = w.candidate_id
            WHERE w.competition_id\s""" + ofVacancy + " ORDER BY w.session_round, w.candidate_id, w.member_id",
        (rs, i) -> Map.entry(rs.getString(1), new Vote(rs.getInt(2), rs.getString(3), null, rs.getLong(4),
            name(rs.getString(5), rs.getString(6), rs.getString(7)), rs.getString(8), at(rs.getTimestamp(9), zone))),
        number);
    Map<String, String> names = memberNames.apply(votes.stream().map(v -> v.getValue().memberId()).distinct().toList());
    Map<String, List<Vote>> namedVotes = votes.stream().map(v -> Map.entry(v.getKey(), new Vote(v.getValue().round(),
        v.getValue().memberId(), names.get(v.getValue().memberId()), v.getValue().candidateId(),
        v.getValue().candidateName(), v.getValue().vote(), v.getValue().castAt()))).collect(grouped());
    return jdbc.query("""
            SELECT competition_id, attempt, status, announced_on, applications_until, announced_by, announcement_text,
              observer_name, session_at, stream_link, recording_link, outcome, outcome_reason, decided_at
            FROM competition WHERE vacancy_number = ? ORDER BY attempt""",
        (rs, i) -> new Competition(rs.getString(1), rs.getInt(2), rs.getString(3), date(rs.getDate(4)),
            date(rs.getDate(5)), rs.getString(6), redact(rs.getString(7)), rs.getString(8),
            at(rs.getTimestamp(9), zone), rs.getString(10), rs.getString(11), rs.getString(12),
            redact(rs.getString(13)), at(rs.getTimestamp(14), zone),
            sessions.getOrDefault(rs.getString(1), List.of()), candidates.getOrDefault(rs.getString(1), List.of()),
            namedVotes.getOrDefault(rs.getString(1), List.of())), number);
  }

  private Order order(String number) {
    return jdbc.query("""
            SELECT order_number, order_date, path, legal_basis, appointee_name, certificate_number, issued_at
            FROM appointment_order WHERE vacancy_number = ?""",
        (rs, i) -> new Order(rs.getString(1), date(rs.getDate(2)), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), at(rs.getTimestamp(7), zone)), number).stream().findFirst().orElse(null);
  }

  private List<Event> events(String number) {
    return jdbc.query("""
            SELECT event, detail, actor, occurred_at FROM vacancy_event WHERE vacancy_number = ? ORDER BY id""",
        (rs, i) -> new Event(rs.getString(1), redact(rs.getString(2)), rs.getString(3), at(rs.getTimestamp(4), zone)),
        number);
  }

  private static <T> java.util.stream.Collector<Map.Entry<String, T>, ?, Map<String, List<T>>> grouped() {
    return Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList()));
  }

  static String name(String surname, String firstName, String patronymic) {
    String name = java.util.stream.Stream.of(surname, firstName, patronymic)
        .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
    return name.isEmpty() ? null : name;
  }

  private static LocalDate date(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
