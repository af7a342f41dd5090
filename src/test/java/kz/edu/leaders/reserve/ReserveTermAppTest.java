package kz.edu.leaders.reserve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import kz.edu.leaders.support.AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An entry expires by itself: the ReserveTerm process's timer at the end of its term. */
@AppTest
class ReserveTermAppTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @Autowired JdbcTemplate jdbc;
  @Autowired ReserveTerm term;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired ReserveRepository reserve;
  @Autowired ReserveTermBackfill backfill;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  Job timer(String application) {
    return managementService.createJobQuery().processDefinitionKey(ReserveTerm.PROCESS_KEY)
        .processInstanceId(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReserveTerm.PROCESS_KEY)
            .processInstanceBusinessKey(application).singleResult().getId()).singleResult();
  }

  String status(ReserveRows.Entry entry) {
    return jdbc.queryForObject("SELECT status FROM reserve_entry WHERE certificate_number = ?", String.class,
        entry.certificate());
  }

  /** Event, address, language, subject and body of the entry's expiry notices. */
  List<List<String>> notifications(ReserveRows.Entry entry) {
    return jdbc.query("SELECT event, address, language, subject, body FROM notification WHERE idempotency_key = ?",
        (rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
        "reserve:" + entry.certificate() + ":expired");
  }

  boolean running(String application) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ReserveTerm.PROCESS_KEY)
        .processInstanceBusinessKey(application).count() > 0;
  }

  @Test
  void theTimerIsDueTheDayAfterTheTermAndThenTheEntryExpiresAndItsHolderIsTold() {
    var rows = new ReserveRows(jdbc);
    var entry = rows.entry("TURKISTAN", "DIRECTOR", 2026, "ACTIVE", LocalDate.of(2029, 12, 31),
        Instant.parse("2026-11-20T06:00:00Z"));
    term.start(entry.application(), LocalDate.of(2029, 12, 31));
    term.start(entry.application(), LocalDate.of(2029, 12, 31));

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReserveTerm.PROCESS_KEY)
        .processInstanceBusinessKey(entry.application()).count()).as("started once").isOne();
    Job job = timer(entry.application());
    assertThat(job.getDuedate()).isEqualTo(Date.from(LocalDate.of(2030, 1, 1).atStartOfDay(ALMATY).toInstant()));
    // Before the term ends the job is not due: the engine's executor would not take it.
    assertThat(managementService.createJobQuery().jobId(job.getId()).executable().count()).isZero();

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2029-12-31T19:00:05Z")));
    assertThat(managementService.createJobQuery().jobId(job.getId()).executable().count()).isOne();
    managementService.executeJob(job.getId());

    assertThat(status(entry)).isEqualTo("EXPIRED");
    assertThat(jdbc.queryForObject("SELECT expired_at FROM reserve_entry WHERE certificate_number = ?",
        java.sql.Timestamp.class, entry.certificate()).toInstant()).isEqualTo("2029-12-31T19:00:05Z");
    assertThat(running(entry.application())).isFalse();
    List<List<String>> sent = notifications(entry);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).subList(0, 3)).containsExactly("reserve-expired", entry.email(), "ru");
    assertThat(sent.get(0).get(3)).contains(entry.certificate(), "срок");
    assertThat(sent.get(0).get(4)).contains("Гүлнар", "Директор школы", "31.12.2029")
        .doesNotContain(entry.iin());
    assertThat(reserve.isActiveReservist(entry.iin())).isFalse();
  }

  @Test
  void anAppointedOrRevokedEntryStaysAsItIsAndNobodyIsTold() {
    var rows = new ReserveRows(jdbc);
    var appointed = rows.entry("TURKISTAN", "DIRECTOR", 2025, "ACTIVE", LocalDate.now().minusDays(1),
        Instant.parse("2025-12-20T06:00:00Z"));
    var revoked = rows.entry("TURKISTAN", "DIRECTOR", 2025, "REVOKED", LocalDate.now().minusDays(1),
        Instant.parse("2025-12-20T06:00:00Z"));
    reserve.markAppointed(appointed.certificate());
    term.start(appointed.application(), LocalDate.now().minusDays(1));
    term.start(revoked.application(), LocalDate.now().minusDays(1));

    managementService.executeJob(timer(appointed.application()).getId());
    managementService.executeJob(timer(revoked.application()).getId());

    assertThat(status(appointed)).isEqualTo("APPOINTED");
    assertThat(status(revoked)).isEqualTo("REVOKED");
    assertThat(notifications(appointed)).isEmpty();
    assertThat(notifications(revoked)).isEmpty();
    assertThat(running(appointed.application())).isFalse();
  }

  @Test
  void anEntryEnrolledBeforeTermsWereProcessesGetsItsTermAtStartAndOnlyOnce() {
    var rows = new ReserveRows(jdbc);
    var old = rows.entry("TURKISTAN", "DIRECTOR", 2024, "ACTIVE", LocalDate.of(2027, 12, 31),
        Instant.parse("2024-11-20T06:00:00Z"));
    var appointed = rows.entry("TURKISTAN", "DIRECTOR", 2024, "APPOINTED", LocalDate.of(2027, 12, 31),
        Instant.parse("2024-11-20T06:00:00Z"));

    assertThat(backfill.run()).isPositive();

    assertThat(running(old.application())).isTrue();
    assertThat(timer(old.application()).getDuedate())
        .isEqualTo(Date.from(LocalDate.of(2028, 1, 1).atStartOfDay(ALMATY).toInstant()));
    assertThat(running(appointed.application())).as("out of the reserve: no term").isFalse();
    assertThat(backfill.run()).as("a second start starts nothing").isZero();
  }
}
