package kz.edu.leaders.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * Rows of the appointment tables (V5) written straight with SQL, for tests of the read-only views; the
 * processes that normally write them are tested on their own. Every key is unique per call.
 */
public class AppointmentRows {

  private final JdbcTemplate jdbc;

  public AppointmentRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
  }

  public static String randomPhone() {
    return "+7701" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
  }

  public String vacancy(String region, String school, String status) {
    String number = unique("VC-T-");
    jdbc.update("""
        INSERT INTO vacancy (vacancy_number, school, region, position, vacated_on, legal_basis, status, path,
          registered_by, registered_at)
        VALUES (?, ?, ?, 'DIRECTOR', ?, 'ORDER_57_96_2025', ?, 'COMPETITION', 'district', ?)""",
        number, school, region, LocalDate.now().minusMonths(2), status, ts(Instant.now().minusSeconds(86_400 * 60)));
    return number;
  }

  public void actingHead(String vacancy, String name) {
    jdbc.update("""
        UPDATE vacancy SET acting_head_name = ?, acting_head_post = 'Deputy director', acting_from = ?,
          acting_until = ?, acting_assigned_by = 'district', acting_assigned_at = ? WHERE vacancy_number = ?""",
        name, LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(1), ts(Instant.now()), vacancy);
  }

  public String competition(String vacancy, int attempt, String status, Instant sessionAt, String streamLink) {
    String id = unique("OC-T-");
    jdbc.update("""
        INSERT INTO competition (competition_id, vacancy_number, attempt, announced_on, applications_until,
          announced_by, announcement_text, observer_name, session_at, stream_link, status)
        VALUES (?, ?, ?, ?, ?, 'regional', 'Open competition for the post of director', 'Observer Dana', ?, ?, ?)""",
        id, vacancy, attempt, LocalDate.now().minusDays(40), LocalDate.now().minusDays(25), ts(sessionAt), streamLink,
        status);
    return id;
  }

  public void decide(String competitionId, String outcome, Long winner, Instant decidedAt, String recordingLink) {
    jdbc.update("""
        UPDATE competition SET status = 'DECIDED', outcome = ?, winner_candidate_id = ?, decided_at = ?,
          recording_link = ?, outcome_reason = ? WHERE competition_id = ?""",
        outcome, winner, ts(decidedAt), recordingLink, "Decided by open vote", competitionId);
  }

  /** A candidate with personal data set; returns the candidate id. */
  public long candidate(String competitionId, String iin, String surname, String firstName, String phone,
                        String email, String status, Integer votesFor, Integer votesAgainst) {
    Map<String, Object> row = new HashMap<>();
    row.put("competition_id", competitionId);
    row.put("iin", iin);
    row.put("surname", surname);
    row.put("first_name", firstName);
    row.put("patronymic", "Testovich");
    row.put("phone", phone);
    row.put("email", email);
    row.put("current_post", "Deputy director, school No. 7");
    row.put("status", status);
    row.put("test_score", 82.5);
    row.put("broadcast_consent", true);
    row.put("attended", true);
    row.put("votes_for", votesFor);
    row.put("votes_against", votesAgainst);
    return new SimpleJdbcInsert(jdbc).withTableName("competition_candidate").usingGeneratedKeyColumns("id")
        .usingColumns(row.keySet().toArray(String[]::new)).executeAndReturnKey(row).longValue();
  }

  public void session(String competitionId, int round, Instant at, String streamLink, int members) {
    jdbc.update("""
        INSERT INTO competition_session (competition_id, session_round, scheduled_at, stream_link, voting_closes,
          members, voted, decision, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'DECIDED', 'competitionchair', ?)""",
        competitionId, round, ts(at), streamLink, ts(at.plusSeconds(6 * 3600)), members, members, ts(at.plusSeconds(3600)));
  }

  public void vote(String competitionId, int round, String member, long candidate, String vote) {
    jdbc.update("""
        INSERT INTO competition_vote (competition_id, session_round, member_id, candidate_id, vote, cast_at)
        VALUES (?, ?, ?, ?, ?, ?)""", competitionId, round, member, candidate, vote, ts(Instant.now()));
  }

  public String order(String vacancy, String path, String appointeeName, String appointeeIin, Long candidateId) {
    String number = unique("AO-T-");
    jdbc.update("""
        INSERT INTO appointment_order (order_number, vacancy_number, path, appointee_name, appointee_iin, candidate_id,
          legal_basis, order_date, issued_at) VALUES (?, ?, ?, ?, ?, ?, 'ORDER_57_96_2025', ?, ?)""",
        number, vacancy, path, appointeeName, appointeeIin, candidateId, LocalDate.now(), ts(Instant.now()));
    return number;
  }

  public void event(String vacancy, String event, String detail, String actor) {
    jdbc.update("INSERT INTO vacancy_event (vacancy_number, event, detail, actor, occurred_at) VALUES (?, ?, ?, ?, ?)",
        vacancy, event, detail, actor, ts(Instant.now()));
  }

  /** An active reservist (with a name) offered the vacancy, who declined; returns the certificate number. */
  public String declinedOffer(String vacancy, String region, String iin, String surname, String firstName) {
    String certificate = unique("RC-T-");
    jdbc.update("""
        INSERT INTO reserve_entry (certificate_number, iin, region, level, cycle_year, valid_until, status, created_at,
          surname, first_name) VALUES (?, ?, ?, 'DIRECTOR', 2025, ?, 'ACTIVE', ?, ?, ?)""",
        certificate, iin, region, LocalDate.now().plusYears(2), ts(Instant.now()), surname, firstName);
    jdbc.update("""
        INSERT INTO reservist_offer (vacancy_number, certificate_number, offered_on, offered_by, answer, answered_on,
          answer_recorded_by, answer_recorded_at) VALUES (?, ?, ?, 'regional', 'DECLINED', ?, 'regional', ?)""",
        vacancy, certificate, LocalDate.now().minusDays(50), LocalDate.now().minusDays(48), ts(Instant.now()));
    return certificate;
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
