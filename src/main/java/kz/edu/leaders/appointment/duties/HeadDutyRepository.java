package kz.edu.leaders.appointment.duties;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.edu.leaders.domain.Post;
import kz.edu.leaders.domain.Region;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The recurring duties of appointed heads: {@code head_duty} (one per appointment order), its attestations
 * ({@code head_attestation}) and its audit trail ({@code head_duty_event}). Runs in the caller's (the engine's)
 * transaction; moments are the engine's clock, the one its timers run on.
 */
@Repository
public class HeadDutyRepository {

  public static final String IN_POST = "IN_POST";

  private final JdbcTemplate jdbc;

  public HeadDutyRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens the duties of the order unless they exist (a retried step); true when it opened them. */
  public boolean open(NewDuty duty) {
    if (find(duty.vacancyNumber()).isPresent()) {
      return false;
    }
    jdbc.update("""
        INSERT INTO head_duty (order_number, vacancy_number, head_name, school, region, position, appointed_on, status,
          created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        duty.orderNumber(), duty.vacancyNumber(), duty.headName(), duty.school(), duty.region().name(),
        duty.post().name(), Date.valueOf(duty.appointedOn()), IN_POST, now());
    event(duty.orderNumber(), "DUTIES_OPENED", duty.headName() + ", " + duty.school() + ", appointed on "
        + duty.appointedOn(), null);
    return true;
  }

  /** The duties of the vacancy's appointment (the HeadDuties process's business key). */
  public Optional<Duty> find(String vacancyNumber) {
    return jdbc.query("""
            SELECT order_number, vacancy_number, head_name, school, region, position, appointed_on, status,
              rotation_limit_on, rotation_notice_on, rotation_decision, rotation_effective_on, rotation_new_school,
              rotation_decided_by, ended_on
            FROM head_duty WHERE vacancy_number = ?""",
        (rs, i) -> new Duty(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            Region.valueOf(rs.getString(5)), Post.valueOf(rs.getString(6)), rs.getDate(7).toLocalDate(),
            rs.getString(8), day(rs.getDate(9)), day(rs.getDate(10)), rs.getString(11), day(rs.getDate(12)),
            rs.getString(13), rs.getString(14), day(rs.getDate(15))), vacancyNumber).stream().findFirst();
  }

  public Duty get(String vacancyNumber) {
    return find(vacancyNumber).orElseThrow(() -> new IllegalStateException("No head duties for " + vacancyNumber));
  }

  /** The attestation still waiting for its result, if any (there is at most one). */
  public Optional<Attestation> openAttestation(String orderNumber) {
    return attestations(orderNumber).stream().filter(a -> a.result() == null).findFirst();
  }

  public List<Attestation> attestations(String orderNumber) {
    return jdbc.query("""
            SELECT attestation_round, notice_on, due_on, pass_by, result, attested_on, note, recorded_by,
              overdue_at
            FROM head_attestation WHERE order_number = ? ORDER BY attestation_round""",
        (rs, i) -> new Attestation(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
            rs.getDate(4).toLocalDate(), rs.getString(5), day(rs.getDate(6)), rs.getString(7), rs.getString(8),
            rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()), orderNumber);
  }

  public void scheduleAttestation(String orderNumber, Attestation attestation) {
    jdbc.update("""
        INSERT INTO head_attestation (order_number, attestation_round, notice_on, due_on, pass_by)
        VALUES (?, ?, ?, ?, ?)""", orderNumber, attestation.round(), Date.valueOf(attestation.noticeOn()),
        Date.valueOf(attestation.dueOn()), Date.valueOf(attestation.passBy()));
    event(orderNumber, "ATTESTATION_SCHEDULED", "round " + attestation.round() + ": due on " + attestation.dueOn()
        + ", to be passed by " + attestation.passBy() + ", task on " + attestation.noticeOn(), null);
  }

  /** Writes the result of the round unless it has one already; true when it wrote it. */
  public boolean recordAttestation(String orderNumber, int round, String result, LocalDate attestedOn, String note,
                                   String recordedBy) {
    return jdbc.update("""
        UPDATE head_attestation SET result = ?, attested_on = ?, note = ?, recorded_by = ?, recorded_at = ?
        WHERE order_number = ? AND attestation_round = ? AND result IS NULL""",
        result, Date.valueOf(attestedOn), note, recordedBy, now(), orderNumber, round) == 1;
  }

  public void markAttestationOverdue(String orderNumber, int round) {
    jdbc.update("""
        UPDATE head_attestation SET overdue_at = ?
        WHERE order_number = ? AND attestation_round = ? AND overdue_at IS NULL""", now(), orderNumber, round);
  }

  public void scheduleRotation(String orderNumber, LocalDate limitOn, LocalDate noticeOn) {
    jdbc.update("UPDATE head_duty SET rotation_limit_on = ?, rotation_notice_on = ? WHERE order_number = ?",
        Date.valueOf(limitOn), Date.valueOf(noticeOn), orderNumber);
    event(orderNumber, "ROTATION_SCHEDULED", "limit on " + limitOn + ", task on " + noticeOn, null);
  }

  /** Records the rotation decision and ends the duties at this school, unless they ended already. */
  public boolean decideRotation(String orderNumber, String decision, String status, LocalDate effectiveOn,
                                String newSchool,
                                String note, String decidedBy) {
    return jdbc.update("""
        UPDATE head_duty SET rotation_decision = ?, rotation_effective_on = ?, rotation_new_school = ?,
          rotation_note = ?, rotation_decided_by = ?, rotation_decided_at = ?, status = ?, ended_on = ?
        WHERE order_number = ? AND status = ?""",
        decision, Date.valueOf(effectiveOn), newSchool, note, decidedBy, now(), status, Date.valueOf(effectiveOn),
        orderNumber, IN_POST) == 1;
  }

  /** The head no longer holds the post (recorded with an attestation): the duties end. */
  public boolean leftPost(String orderNumber, LocalDate leftOn) {
    return jdbc.update("UPDATE head_duty SET status = 'LEFT_POST', ended_on = ? WHERE order_number = ? AND status = ?",
        Date.valueOf(leftOn), orderNumber, IN_POST) == 1;
  }

  /** One line of the duties' audit trail. */
  public void event(String orderNumber, String event, String detail, String actor) {
    jdbc.update("INSERT INTO head_duty_event (order_number, event, detail, actor, occurred_at) VALUES (?, ?, ?, ?, ?)",
        orderNumber, event, detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...",
        actor, now());
  }

  public List<Event> events(String orderNumber) {
    return jdbc.query("""
            SELECT event, detail, actor, occurred_at FROM head_duty_event WHERE order_number = ? ORDER BY id""",
        (rs, i) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
        orderNumber);
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static Timestamp now() {
    return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
  }

  public record NewDuty(String orderNumber, String vacancyNumber, String headName, String school, Region region,
                        Post post, LocalDate appointedOn) {}

  public record Duty(String orderNumber, String vacancyNumber, String headName, String school, Region region,
                     Post post, LocalDate appointedOn, String status, LocalDate rotationLimitOn,
                     LocalDate rotationNoticeOn, String rotationDecision, LocalDate rotationEffectiveOn,
                     String rotationNewSchool, String rotationDecidedBy, LocalDate endedOn) {}

  public record Attestation(int round, LocalDate noticeOn, LocalDate dueOn, LocalDate passBy, String result,
                            LocalDate attestedOn, String note, String recordedBy, Instant overdueAt) {

    public static Attestation scheduled(int round, LocalDate noticeOn, LocalDate dueOn, LocalDate passBy) {
      return new Attestation(round, noticeOn, dueOn, passBy, null, null, null, null, null);
    }
  }

  public record Event(String event, String detail, String actor, Instant at) {}
}
