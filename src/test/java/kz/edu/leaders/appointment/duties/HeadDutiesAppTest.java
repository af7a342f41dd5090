package kz.edu.leaders.appointment.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.AppointmentDriver;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.reserve.ReserveRows;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An appointed head's recurring duties: a reservist accepts the post, the order is issued and HeadDuties starts for
 * it; the engine's clock is then moved years ahead the way its timers see it.
 */
@AppTest
class HeadDutiesAppTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @Autowired ProcessEngine engine;
  @Autowired AppointmentDriver appointment;
  @Autowired HeadDutyRepository duties;
  @Autowired HeadDutySettings settings;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;
  @Autowired HeadDutiesBackfill backfill;
  @Autowired kz.edu.leaders.appointment.competition.CompetitionDriver competition;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  ProcessInstance appointed() {
    return appointment.appointedHead();
  }

  HeadDutyRepository.Duty duty(ProcessInstance instance) {
    return duties.get(instance.getBusinessKey());
  }

  Job timer(ProcessInstance instance, String activity) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activity).singleResult();
  }

  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ALMATY).toInstant());
  }

  /** The engine's clock a minute after the moment: the timer due then may run. */
  void clockAfter(Date moment) {
    ClockUtil.setCurrentTime(Date.from(moment.toInstant().plusSeconds(60)));
  }

  /** Fires the timer once its time has come, as the job executor would. */
  void fires(ProcessInstance instance, String activity) {
    Job job = timer(instance, activity);
    assertThat(job).as("timer %s", activity).isNotNull();
    assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).executable().count())
        .as("%s due at %s, now %s", activity, job.getDuedate(), ClockUtil.getCurrentTime()).isOne();
    engine.getManagementService().executeJob(job.getId());
  }

  Task task(ProcessInstance instance, String activity) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(activity).singleResult();
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ALMATY);
  }

  List<String> events(HeadDutyRepository.Duty duty) {
    return duties.events(duty.orderNumber()).stream().map(HeadDutyRepository.Event::event).toList();
  }

  @Test
  void theOrderStartsTheDutiesWithTheAttestationAfterThreeYearsAndTheRotationBeforeSeven() {
    ProcessInstance instance = appointed();
    HeadDutyRepository.Duty duty = duty(instance);
    LocalDate appointedOn = duty.appointedOn();

    assertThat(duty.status()).isEqualTo("IN_POST");
    assertThat(duty.school()).contains("Turkistan");
    assertThat(duty.headName()).startsWith("Резервистова");
    assertThat(duty.orderNumber()).startsWith("AO-");
    HeadDutyRepository.Attestation first = duties.openAttestation(duty.orderNumber()).orElseThrow();
    assertThat(first.round()).isOne();
    assertThat(first.dueOn()).isEqualTo(appointedOn.plusYears(3));
    assertThat(first.passBy()).isEqualTo(appointedOn.plusYears(3).plusMonths(6).minusDays(1));
    assertThat(first.noticeOn()).isEqualTo(appointedOn.plusYears(3).minusMonths(2));
    assertThat(timer(instance, "Timer_AttestationNotice").getDuedate()).isEqualTo(startOf(first.noticeOn()));
    assertThat(duty.rotationLimitOn()).isEqualTo(appointedOn.plusYears(7).minusDays(1));
    assertThat(timer(instance, "Timer_RotationNotice").getDuedate())
        .isEqualTo(startOf(appointedOn.plusYears(7).minusMonths(6)));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(events(duty)).containsExactly("DUTIES_OPENED", "ATTESTATION_SCHEDULED", "ROTATION_SCHEDULED");
  }

  @Test
  void theAttestationTaskOpensBeforeItFallsDueIsEscalatedAfterTheWindowAndTheNextComesThreeYearsLater() {
    ProcessInstance instance = appointed();
    HeadDutyRepository.Duty duty = duty(instance);
    LocalDate appointedOn = duty.appointedOn();
    Job notice = timer(instance, "Timer_AttestationNotice");
    assertThat(engine.getManagementService().createJobQuery().jobId(notice.getId()).executable().count())
        .as("not before its time").isZero();

    clockAfter(notice.getDuedate());
    fires(instance, "Timer_AttestationNotice");
    Task record = task(instance, "Task_RecordAttestation");
    assertThat(record).isNotNull();
    assertThat(candidateGroups(record)).containsExactly("regional-officers-turkistan");
    assertThat(record.getDueDate()).isEqualTo(startOf(appointedOn.plusYears(3).plusMonths(6)));
    assertThat(record.getName()).contains("Аттестация руководителя", duty.vacancyNumber());
    assertThat(appointment.visibleTask("regional2", instance, "Task_RecordAttestation")).as("Almaty's officer")
        .isNull();
    assertThat(engine.getTaskService().getVariables(record.getId())).containsEntry("attestationRound", 1)
        .containsEntry("attestationDueOn", appointedOn.plusYears(3).toString())
        .containsEntry("headName", duty.headName());

    clockAfter(startOf(appointedOn.plusYears(3).plusMonths(6)));
    fires(instance, "Timer_AttestationOverdue");
    Task escalation = task(instance, "Task_AttestationOverdue");
    assertThat(candidateGroups(escalation)).containsExactly("regional-heads-turkistan");
    assertThat(task(instance, "Task_RecordAttestation")).as("the officers' task stays open").isNotNull();
    assertThat(duties.openAttestation(duty.orderNumber()).orElseThrow().overdueAt())
        .isEqualTo(ClockUtil.getCurrentTime().toInstant());

    appointment.complete("regional", instance, "Task_RecordAttestation", Map.of("attestationResult", "PASSED",
        "attestedOn", today().toString()));
    HeadDutyRepository.Attestation passed = duties.attestations(duty.orderNumber()).get(0);
    assertThat(passed.result()).isEqualTo("PASSED");
    assertThat(passed.recordedBy()).isEqualTo("regional");
    HeadDutyRepository.Attestation second = duties.openAttestation(duty.orderNumber()).orElseThrow();
    assertThat(second.round()).isEqualTo(2);
    assertThat(second.dueOn()).isEqualTo(appointedOn.plusYears(6));
    assertThat(timer(instance, "Timer_AttestationNotice").getDuedate())
        .isEqualTo(startOf(appointedOn.plusYears(6).minusMonths(2)));
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys("attestationResult",
        "attestedOn", "attestationNote");
    // The head's escalation still speaks of the first round.
    assertThat(engine.getTaskService().getVariables(escalation.getId())).containsEntry("overdueRound", 1);

    appointment.complete("regionalhead", instance, "Task_AttestationOverdue",
        Map.of("instruction", "Record the attestation of round 1 by Friday."));
    assertThat(task(instance, "Task_AttestationOverdue")).isNull();
    assertThat(duties.events(duty.orderNumber())).anySatisfy(event -> {
      assertThat(event.event()).isEqualTo("ATTESTATION_OVERDUE_INSTRUCTION");
      assertThat(event.actor()).isEqualTo("regionalhead");
      assertThat(event.detail()).contains("by Friday");
    });
    assertThat(events(duty)).containsSubsequence("ATTESTATION_SCHEDULED", "ATTESTATION_OVERDUE",
        "ATTESTATION_PASSED", "ATTESTATION_SCHEDULED", "ATTESTATION_OVERDUE_INSTRUCTION");
  }

  @Test
  void theRotationIsAskedBeforeTheLimitEscalatedAfterItAndTheDecisionEndsTheDuties() {
    ProcessInstance instance = appointed();
    HeadDutyRepository.Duty duty = duty(instance);
    LocalDate limitOn = duty.rotationLimitOn();

    clockAfter(timer(instance, "Timer_RotationNotice").getDuedate());
    fires(instance, "Timer_RotationNotice");
    Task decide = task(instance, "Task_DecideRotation");
    assertThat(candidateGroups(decide)).containsExactly("regional-officers-turkistan");
    assertThat(decide.getDueDate()).isEqualTo(startOf(limitOn.plusDays(1)));

    clockAfter(startOf(limitOn.plusDays(1)));
    fires(instance, "Timer_RotationLimitReached");
    assertThat(candidateGroups(task(instance, "Task_RotationOverdue"))).containsExactly("regional-heads-turkistan");
    assertThat(events(duty)).contains("ROTATION_OVERDUE");

    // Late, the effective day may be up to today; the same school is no rotation.
    assertThatThrownBy(() -> appointment.complete("regional", instance, "Task_DecideRotation",
        Map.of("rotationDecision", "ROTATE", "rotationEffectiveOn", today().plusDays(1).toString(),
            "rotationNewSchool", duty.school())))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactlyInAnyOrder("rotationEffectiveOn", "rotationNewSchool"));

    appointment.complete("regional", instance, "Task_DecideRotation", Map.of("rotationDecision", "ROTATE",
        "rotationEffectiveOn", today().toString(), "rotationNewSchool", "School-gymnasium No. 12, Kentau"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .as("the duties at this school ended, the escalation and the attestation's timer with them").isZero();
    HeadDutyRepository.Duty rotated = duties.get(instance.getBusinessKey());
    assertThat(rotated.status()).isEqualTo("ROTATED");
    assertThat(rotated.rotationDecision()).isEqualTo("ROTATE");
    assertThat(rotated.rotationNewSchool()).isEqualTo("School-gymnasium No. 12, Kentau");
    assertThat(rotated.rotationDecidedBy()).isEqualTo("regional");
    assertThat(rotated.endedOn()).isEqualTo(today());
  }

  @Test
  void theSettingsMoveTheDatesOfTheDutiesScheduledAfterTheChange() {
    Period every = settings.getAttestationEvery();
    Period notice = settings.getAttestationNotice();
    Period limit = settings.getRotationLimit();
    Period rotationNotice = settings.getRotationNotice();
    try {
      settings.setAttestationEvery(Period.ofYears(2));
      settings.setAttestationNotice(Period.ofMonths(1));
      settings.setRotationLimit(Period.ofYears(4));
      settings.setRotationNotice(Period.ofMonths(3));
      ProcessInstance instance = appointed();
      HeadDutyRepository.Duty duty = duty(instance);
      LocalDate appointedOn = duty.appointedOn();

      assertThat(timer(instance, "Timer_AttestationNotice").getDuedate())
          .isEqualTo(startOf(appointedOn.plusYears(2).minusMonths(1)));
      assertThat(duty.rotationLimitOn()).isEqualTo(appointedOn.plusYears(4).minusDays(1));
      assertThat(timer(instance, "Timer_RotationNotice").getDuedate())
          .isEqualTo(startOf(appointedOn.plusYears(4).minusMonths(3)));
    } finally {
      settings.setAttestationEvery(every);
      settings.setAttestationNotice(notice);
      settings.setRotationLimit(limit);
      settings.setRotationNotice(rotationNotice);
    }
  }

  @Test
  void aFailedAttestationNeedsANoteAndAHeadWhoLeftThePostEndsTheDuties() {
    ProcessInstance instance = appointed();
    HeadDutyRepository.Duty duty = duty(instance);
    clockAfter(timer(instance, "Timer_AttestationNotice").getDuedate());
    fires(instance, "Timer_AttestationNotice");

    assertThatThrownBy(() -> appointment.complete("regional", instance, "Task_RecordAttestation",
        Map.of("attestationResult", "NOT_PASSED", "attestedOn", today().plusDays(1).toString())))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactlyInAnyOrder("attestedOn", "attestationNote"));
    assertThat(duties.openAttestation(duty.orderNumber()).orElseThrow().result()).isNull();

    appointment.complete("regional", instance, "Task_RecordAttestation", Map.of("attestationResult", "LEFT_POST",
        "attestedOn", today().minusYears(1).toString(), "attestationNote", "Resigned; the post is vacant again."));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
    HeadDutyRepository.Duty left = duties.get(instance.getBusinessKey());
    assertThat(left.status()).isEqualTo("LEFT_POST");
    assertThat(left.endedOn()).isEqualTo(today().minusYears(1));
    assertThat(events(left)).endsWith("HEAD_LEFT_POST");
  }

  @Test
  void aRetriedOrderStartsNoSecondDuties() {
    ProcessInstance instance = appointed();
    HeadDutyRepository.Duty duty = duty(instance);
    assertThat(duties.open(new HeadDutyRepository.NewDuty(duty.orderNumber(), duty.vacancyNumber(), duty.headName(),
        duty.school(), duty.region(), duty.post(), duty.appointedOn()))).isFalse();
    new HeadDuties(engine.getRuntimeService(), duties).start(duty);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(HeadDuties.PROCESS_KEY)
        .processInstanceBusinessKey(duty.vacancyNumber()).count()).isOne();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM head_attestation WHERE order_number = ?", Integer.class,
        duty.orderNumber())).isOne();
  }

  ResponseEntity<Map<String, Object>> dutiesAs(String user, String vacancyNumber) {
    return rest.withBasicAuth(user, user).exchange("/api/appointment/cases/" + vacancyNumber + "/duties",
        HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() {});
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCaseRegionsOfficersAndObserversReadTheDutiesAndAnotherRegionsOfficerNone() {
    ProcessInstance instance = appointed();
    HeadDutyRepository.Duty duty = duty(instance);

    for (String user : List.of("regional", "regionalhead", "observer")) {
      ResponseEntity<Map<String, Object>> read = dutiesAs(user, duty.vacancyNumber());
      assertThat(read.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat((Map<String, Object>) read.getBody().get("duty")).containsEntry("orderNumber", duty.orderNumber())
          .containsEntry("status", "IN_POST").containsEntry("rotationLimitOn", duty.rotationLimitOn().toString());
      assertThat((List<Map<String, Object>>) read.getBody().get("attestations")).singleElement()
          .satisfies(round -> assertThat(round).containsEntry("round", 1)
              .containsEntry("dueOn", duty.appointedOn().plusYears(3).toString()));
      assertThat(read.getBody().toString()).doesNotContain(jdbc.queryForObject(
          "SELECT appointee_iin FROM appointment_order WHERE order_number = ?", String.class, duty.orderNumber()));
    }
    ResponseEntity<Map<String, Object>> other = dutiesAs("regional2", duty.vacancyNumber());
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(other.getBody()).containsEntry("code", "duties.notFound");
    assertThat(dutiesAs("regional", "VC-1999-000000").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theHeadIsToldOnceWhenTheAttestationTaskOpens() {
    ReserveRows.Entry reservist = new ReserveRows(jdbc).entry("TURKISTAN", "DIRECTOR", 2025, "ACTIVE",
        LocalDate.now().plusYears(2), Instant.now().minusSeconds(86400 * 30));
    ProcessInstance instance = appointment.appointedHead(reservist.certificate());
    HeadDutyRepository.Duty duty = duty(instance);
    String key = "duties:" + duty.orderNumber() + ":attestation:1";
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE idempotency_key = ?", Integer.class, key))
        .isZero();

    clockAfter(timer(instance, "Timer_AttestationNotice").getDuedate());
    fires(instance, "Timer_AttestationNotice");

    List<List<String>> sent = jdbc.query("SELECT event, address, language, subject, body FROM notification"
        + " WHERE idempotency_key = ?", (rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5)), key);
    assertThat(sent).singleElement().satisfies(mail -> {
      assertThat(mail.subList(0, 3)).containsExactly("head-attestation-due", reservist.email(), "ru");
      String passBy = duty.appointedOn().plusYears(3).plusMonths(6).minusDays(1)
          .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
      assertThat(mail.get(3)).contains(passBy);
      assertThat(mail.get(4)).contains("Гүлнар", duty.orderNumber(), duty.school()).doesNotContain(reservist.iin());
    });
  }

  @Test
  void anOrderIssuedBeforeHeadDutiesExistedGetsItsDutiesFromTheBackfillOnce() {
    ProcessInstance instance = appointed();
    HeadDutyRepository.Duty duty = duty(instance);
    // As an installation upgraded from a release without HeadDuties has it: the order, and no duties.
    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "as before HeadDuties");
    for (String table : List.of("head_duty_event", "head_attestation", "head_duty")) {
      jdbc.update("DELETE FROM " + table + " WHERE order_number = ?", duty.orderNumber());
    }

    assertThat(backfill.backfill()).isPositive();
    assertThat(backfill.backfill()).as("a second start opens nothing").isZero();

    HeadDutyRepository.Duty reopened = duties.get(duty.vacancyNumber());
    assertThat(reopened.orderNumber()).isEqualTo(duty.orderNumber());
    assertThat(reopened.appointedOn()).isEqualTo(duty.appointedOn());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(HeadDuties.PROCESS_KEY)
        .processInstanceBusinessKey(duty.vacancyNumber()).count()).isOne();
  }

  @Test
  void aCompetitionsWinnerGetsTheSameDutiesAndIsToldByTheAddressTheyApplyWith() {
    ProcessInstance vacancy = appointment.registerTurkistanDirectorPost();
    appointment.openCompetition(vacancy);
    appointment.runJobs(vacancy);
    var winner = competition.runToWinner(vacancy.getBusinessKey());
    ClockUtil.reset();
    appointment.runJobs(vacancy);

    HeadDutyRepository.Duty duty = duties.get(vacancy.getBusinessKey());
    assertThat(duty.headName()).isEqualTo(winner.fullName());
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(HeadDuties.PROCESS_KEY).processInstanceBusinessKey(duty.vacancyNumber()).singleResult();
    clockAfter(timer(instance, "Timer_AttestationNotice").getDuedate());
    fires(instance, "Timer_AttestationNotice");

    assertThat(jdbc.queryForList("SELECT event FROM notification WHERE idempotency_key = ?", String.class,
        "duties:" + duty.orderNumber() + ":attestation:1")).containsExactly("head-attestation-due");
  }
}
