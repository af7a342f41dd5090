package kz.edu.leaders.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.notification.NotificationRepository.Row;
import kz.edu.leaders.selection.SelectionDriver;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications end to end, delivered over SMTP to a GreenMail server of the test: what each candidate event sends
 * and in which language, and the outbox's promises (rolled back with its decision, once per key, a dead worker's
 * claim taken over, the server down or refusing), and the administrators' API.
 */
@AppTest
class NotificationsAppTest {

  static final TestMailServer MAIL = new TestMailServer();
  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @BeforeAll
  static void startMail() {
    MAIL.start();
  }

  @AfterAll
  static void stopMail() {
    MAIL.stop();
  }

  @Autowired SelectionDriver selection;
  @Autowired Notifications notifications;
  @Autowired NotificationWorker worker;
  @Autowired NotificationRepository outbox;
  @Autowired NotificationSettings settings;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired TestRestTemplate rest;

  int configuredPort;

  /**
   * The app's own mail sender, pointed at this class's server for its tests: the context stays the one every app test
   * shares (a second one would register a second engine named "default", and the other tests' REST calls would log in
   * to it).
   */
  @BeforeEach
  void toTheTestsMailServer() {
    configuredPort = mailSender.getPort();
    mailSender.setHost("127.0.0.1");
    mailSender.setPort(MAIL.port());
  }

  @AfterEach
  void restore() {
    worker.setClock(Clock.systemUTC());
    mailSender.setPort(configuredPort);
    MAIL.start();
  }

  static String address() {
    return "c" + UUID.randomUUID().toString().substring(0, 8) + "@example.kz";
  }

  static Map<String, Object> application(String email, String language) {
    Map<String, Object> application = TestApplications.eligibleTeacher();
    application.put("email", email);
    if (language != null) {
      application.put("language", language);
    }
    return application;
  }

  List<Row> rowsTo(String address) {
    return jdbc.queryForList("SELECT id FROM notification WHERE address = ? ORDER BY id", Long.class, address)
        .stream().map(id -> outbox.find(id).orElseThrow()).toList();
  }

  Row only(String address, String event) {
    List<Row> rows = rowsTo(address).stream().filter(r -> r.event().equals(event)).toList();
    assertThat(rows).as(event).hasSize(1);
    return rows.get(0);
  }

  static String body(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String header(MimeMessage message) {
    try {
      return String.valueOf(message.getHeader("X-Leaders-Notification", null));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The one message of the event that arrived for the address. */
  MimeMessage received(String address, String event) {
    Row row = only(address, event);
    List<MimeMessage> mine = MAIL.to(address).stream().filter(m -> {
      try {
        return String.valueOf(row.id()).equals(m.getHeader("X-Leaders-Notification", null));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    assertThat(mine).as("messages of " + event).hasSize(1);
    return mine.get(0);
  }

  Notification sample(String key, String address) {
    return Notification.toCandidate(key, "application-registered", "RS-2026-999999", address, Language.RU,
        Map.of("number", "RS-2026-999999", "name", "Айгуль Серіковна"));
  }

  @Nested
  class CandidatesAreTold {

    @Test
    void aRegisteredApplicationIsToldInRussianAfterTheCommitWithItsNumberAndNoIin() {
      String email = address();
      Map<String, Object> application = application(email, "ru");
      ProcessInstance instance = selection.register(application);
      String number = instance.getBusinessKey();

      assertThat(only(email, "application-registered").state()).isEqualTo(NotificationRepository.QUEUED);
      assertThat(MAIL.to(email)).as("nothing is sent before the worker runs").isEmpty();
      worker.runUntilNoneDue();

      MimeMessage message = received(email, "application-registered");
      assertThat(subject(message)).isEqualTo("Ваша заявка зарегистрирована: " + number);
      assertThat(body(message)).contains("Уважаемый(ая) Айгуль Серіковна!", "Номер заявки: " + number + ".")
          .doesNotContain("Құрметті", (String) application.get("iin"));
      assertThat(only(email, "application-registered").state()).isEqualTo(NotificationRepository.SENT);
      assertThat(jdbc.queryForObject("SELECT language FROM application WHERE application_number = ?",
          String.class, number)).isEqualTo("ru");
    }

    @Test
    void aCandidateWhoChoseNoLanguageIsToldInKazakhAndRussian() {
      String email = address();
      String number = selection.register(application(email, null)).getBusinessKey();
      worker.runUntilNoneDue();

      MimeMessage message = received(email, "application-registered");
      assertThat(subject(message)).isEqualTo("Өтінішіңіз тіркелді: " + number + " / Ваша заявка зарегистрирована: "
          + number);
      assertThat(body(message)).contains("Құрметті Айгуль Серіковна!", "Уважаемый(ая) Айгуль Серіковна!");
    }

    @Test
    void returnedDocumentsAreToldWithWhatToCorrectAndTheLastDayInKazakh() {
      String email = address();
      ProcessInstance instance = selection.register(application(email, "kk"));
      selection.checkDocuments(instance, "return", "Дипломның көшірмесі анық емес");
      worker.runUntilNoneDue();

      String body = body(received(email, "documents-returned"));
      assertThat(body).contains("Нені түзету керек: Дипломның көшірмесі анық емес", "5 жұмыс күні ішінде")
          .doesNotContain("Что исправить");
      String lastDay = jdbc.queryForObject("""
          SELECT correction_deadline FROM application WHERE application_number = ?""", java.sql.Timestamp.class,
          instance.getBusinessKey()).toInstant().atZone(java.time.ZoneId.of("Asia/Almaty")).toLocalDate()
          .minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
      assertThat(body).contains(lastDay + " қоса алғанда");
    }

    @Test
    void rejectedDocumentsAreToldWithTheReason() {
      String email = address();
      ProcessInstance instance = selection.register(application(email, "ru"));
      selection.checkDocuments(instance, "reject", "Документы поданы не тем лицом");
      worker.runUntilNoneDue();

      MimeMessage message = received(email, "documents-rejected");
      assertThat(subject(message)).isEqualTo("Заявка " + instance.getBusinessKey() + ": документы отклонены");
      assertThat(body(message)).contains("Причина: Документы поданы не тем лицом");
      assertThat(rowsTo(email)).extracting(Row::event)
          .containsExactly("application-registered", "documents-rejected");
    }

    @Test
    void aPassedTestIsToldWithItsResultAndTheNextStage() {
      String email = address();
      ProcessInstance instance = selection.admittedToTraining(application(email, "ru"));
      worker.runUntilNoneDue();

      assertThat(rowsTo(email)).extracting(Row::event).containsExactly("application-registered",
          "application-stage-reached", "test-result", "application-stage-reached");
      MimeMessage result = received(email, "test-result");
      assertThat(subject(result)).isEqualTo("Заявка " + instance.getBusinessKey() + ": результат теста 82.5%");
      assertThat(body(result)).contains("Тест сдан").doesNotContain("не сдан");
      assertThat(rowsTo(email)).filteredOn(r -> r.event().equals("application-stage-reached"))
          .extracting(Row::subject).containsExactly(
              "Заявка " + instance.getBusinessKey() + ": следующий этап — тест компетенций",
              "Заявка " + instance.getBusinessKey() + ": следующий этап — обучение");
    }

    @Test
    void aFailedTestIsToldWithTheShortfallsInTheCandidatesLanguageAndTheApplicationClosed() {
      String email = address();
      Map<String, Object> application = application(email, "kk");
      ProcessInstance instance = selection.register(application);
      selection.checkDocuments(instance, "accept", null);
      selection.deliverTestResult((String) application.get("iin"), 40, 80, 75, 90);
      worker.runUntilNoneDue();

      String result = body(received(email, "test-result"));
      assertThat(result).contains("Тест тапсырылмады", "заңнама").doesNotContain("законодательство");
      MimeMessage closed = received(email, "application-closed");
      assertThat(body(closed)).contains("«құзыреттілік тесті» кезеңінде аяқталды: тест тапсырылмады");
    }

    @Test
    void anEnrolledCandidateIsToldTheLevelTheCertificateAndTheTermAndNotThatTheApplicationClosed() {
      String email = address();
      ProcessInstance instance = selection.admittedToInterview(application(email, "ru"));
      ProcessInstance interview = selection.interview(instance);
      List.of("chair", "commission", "commission2", "commission3")
          .forEach(member -> selection.score(member, interview, 8, 8, 7, 9));
      worker.runUntilNoneDue();

      String certificate = jdbc.queryForObject("SELECT certificate_number FROM reserve_entry"
          + " WHERE application_number = ?", String.class, instance.getBusinessKey());
      String body = body(received(email, "reserve-enrolled"));
      assertThat(body).contains("Номер удостоверения: " + certificate, "до 31.12.2029",
          "на должность «Заместитель директора»");
      assertThat(rowsTo(email)).extracting(Row::event).doesNotContain("application-closed");
      assertThat(rowsTo(email)).extracting(Row::state).containsOnly(NotificationRepository.SENT);
    }
  }

  @Nested
  class AppointmentsAreTold {

    @Autowired kz.edu.leaders.appointment.AppointmentDriver appointment;
    @Autowired kz.edu.leaders.appointment.competition.CompetitionDriver competition;
    @Autowired kz.edu.leaders.common.WorkingDayCalendar calendar;

    @Test
    void aReservistIsToldTheOfferAndItsAnswerDayThenTheOrderInTheLanguageOfTheirApplication() {
      String email = address();
      String application = selection.register(application(email, "kk")).getBusinessKey();
      String reservist = appointment.reservist("TURKISTAN", "DIRECTOR", 88);
      // Enrolled through that application in an earlier cycle.
      jdbc.update("UPDATE reserve_entry SET application_number = ? WHERE certificate_number = ?", application,
          reservist);
      ProcessInstance vacancy = appointment.registerTurkistanDirectorPost();

      appointment.offerToReservist(vacancy, reservist);
      worker.runUntilNoneDue();
      MimeMessage offer = received(email, "reservist-offer");
      assertThat(subject(offer)).startsWith("Лауазым ұсынылды: Мектеп директоры, School-lyceum No.");
      String answerBy = calendar.addWorkingDays(java.time.LocalDate.now(), 5)
          .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
      String iin = jdbc.queryForObject("SELECT iin FROM reserve_entry WHERE certificate_number = ?", String.class,
          reservist);
      assertThat(body(offer)).contains(vacancy.getBusinessKey(), "5 жұмыс күні ішінде, " + answerBy + " дейін")
          .doesNotContain(iin);

      appointment.reservistAnswers(vacancy, "ACCEPTED");
      worker.runUntilNoneDue();
      String order = jdbc.queryForObject("SELECT order_number FROM appointment_order WHERE vacancy_number = ?",
          String.class, vacancy.getBusinessKey());
      MimeMessage appointed = received(email, "appointment-order");
      assertThat(subject(appointed)).isEqualTo("Тағайындау туралы бұйрық " + order + ": Мектеп директоры");
      assertThat(body(appointed)).contains("№ " + order + " бұйрықпен");
    }

    @Test
    void competitionCandidatesAreToldEachDecisionInKazakhAndRussianWithTheSessionInKazakhstanTime() {
      String vacancy = competition.newVacancy(kz.edu.leaders.domain.Region.TURKISTAN);
      competition.runToWinner(vacancy);
      worker.runUntilNoneDue();

      List<Row> rows = jdbc.queryForList("SELECT id FROM notification WHERE recipient_ref = ? ORDER BY id",
          Long.class, vacancy).stream().map(id -> outbox.find(id).orElseThrow()).toList();
      assertThat(rows).filteredOn(r -> r.address().equals("ivanova@example.kz")).extracting(Row::event)
          .containsExactly("competition-documents", "competition-test", "competition-invitation",
              "competition-outcome");
      assertThat(rows).extracting(Row::state).containsOnly(NotificationRepository.SENT);
      assertThat(rows).extracting(Row::language).containsOnly("kk+ru");
      Row invitation = rows.stream().filter(r -> r.address().equals("petrov@example.kz")
          && r.event().equals("competition-invitation")).findFirst().orElseThrow();
      // The session was planned for 10:00 Kazakhstan time on the day after the (engine clock's) close of applications.
      String tomorrow = jdbc.queryForObject("SELECT session_at FROM competition WHERE vacancy_number = ?",
          java.sql.Timestamp.class, vacancy).toInstant().atZone(java.time.ZoneId.of("Asia/Almaty"))
          .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
      assertThat(invitation.body()).contains("Уақыты: " + tomorrow + ", сағат 10:00 (Қазақстан уақыты)",
          "Время: " + tomorrow + ", 10:00 (время Казахстана)", "https://youtube.com/live/turkistan-konkurs");
      Row test = rows.stream().filter(r -> r.address().equals("petrov@example.kz")
          && r.event().equals("competition-test")).findFirst().orElseThrow();
      assertThat(test.body()).contains("Тест нәтижеңіз: 76.5% (шекті балл 70%)", "Тест сдан");
      assertThat(rows.stream().filter(r -> r.event().equals("competition-outcome")))
          .extracting(Row::address, r -> r.subject().contains("вы победитель"))
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ivanova@example.kz", true),
              org.assertj.core.groups.Tuple.tuple("petrov@example.kz", false));
      rows.stream().filter(r -> r.address().equals("ivanova@example.kz"))
          .forEach(row -> assertThat(MAIL.to(row.address())).filteredOn(m -> header(m).equals(
              String.valueOf(row.id()))).as(row.event()).hasSize(1));
    }
  }

  @Nested
  class OfficialsAreTold {

    @Autowired OfficialReminders officials;
    @Autowired org.camunda.bpm.engine.TaskService taskService;

    @Test
    void aCommissionMemberGetsOneDigestADayAndOneReminderOfAScoreDueSoon() {
      ProcessInstance selectionInstance = selection.admittedToInterview(application(address(), "ru"));
      ProcessInstance interview = selection.interview(selectionInstance);
      List<org.camunda.bpm.engine.task.Task> scores = taskService.createTaskQuery()
          .processInstanceId(interview.getId()).list();
      assertThat(scores).hasSize(4).allSatisfy(task -> assertThat(task.getDueDate()).isNotNull());
      Instant dayBefore = scores.get(0).getDueDate().toInstant().minus(Duration.ofDays(1));
      java.time.LocalDate day = dayBefore.atZone(java.time.ZoneId.of("Asia/Almaty")).toLocalDate();

      // A database kept from an earlier run on the same day may hold that day's digest already.
      jdbc.update("DELETE FROM notification WHERE idempotency_key = ?", "digest:commission:" + day);
      // Other tests' tasks (a contest's scores, due leaders.events.contest.scoring-term after they open) may be due
      // at that time: only this interview's matter.
      officials.reminders(dayBefore.minus(Duration.ofDays(5)));
      assertThat(scores).as("not due soon yet")
          .allSatisfy(task -> assertThat(outbox.findByKey("reminder:" + task.getId())).isEmpty());
      officials.digests(day, dayBefore);
      officials.reminders(dayBefore);
      assertThat(officials.digests(day, dayBefore)).as("once a day").isZero();
      assertThat(officials.reminders(dayBefore)).as("once a task").isZero();
      worker.runUntilNoneDue();

      String member = "commission@leaders.example.kz";
      List<Row> digests = outbox.findByKey("digest:commission:" + day);
      assertThat(digests).hasSize(1);
      Row digest = digests.get(0);
      assertThat(digest.recipientKind()).isEqualTo("OFFICIAL");
      assertThat(digest.recipientRef()).isEqualTo("commission");
      // Other tests of the shared context may have left the member older interviews, listed first; 30 at most.
      assertThat(digest.body()).contains("Срок скоро или уже прошёл").containsAnyOf(
          selectionInstance.getBusinessKey(), "и ещё").doesNotContain("\n\n\n");
      assertThat(digest.state()).isEqualTo(NotificationRepository.SENT);
      for (org.camunda.bpm.engine.task.Task task : scores) {
        List<Row> reminder = outbox.findByKey("reminder:" + task.getId());
        assertThat(reminder).as(task.getAssignee()).hasSize(1);
        assertThat(reminder.get(0).address()).isEqualTo(task.getAssignee() + "@leaders.example.kz");
        assertThat(reminder.get(0).body()).contains(task.getName(), "Оценка собеседования ещё не выставлена");
      }
      org.camunda.bpm.engine.task.Task mine = scores.stream().filter(t -> t.getAssignee().equals("commission"))
          .findFirst().orElseThrow();
      long reminderId = outbox.findByKey("reminder:" + mine.getId()).get(0).id();
      assertThat(MAIL.to(member)).filteredOn(m -> header(m).equals(String.valueOf(reminderId))).singleElement()
          .satisfies(m -> assertThat(subject(m)).startsWith("Еске салу"));
    }

    @Autowired RegionalEscalations escalations;

    @Test
    void theRegionalHeadGetsOneMessageADayOfTheRegionsOverdueTasks() {
      ProcessInstance instance = selection.register(application(address(), "ru"));
      org.camunda.bpm.engine.task.Task check = taskService.createTaskQuery().processInstanceId(instance.getId())
          .singleResult();
      assertThat(check.getTaskDefinitionKey()).isEqualTo("Task_CheckDocuments");
      Instant due = Instant.now().minus(Duration.ofDays(3));
      check.setDueDate(Date.from(due));
      taskService.saveTask(check);
      Instant now = Instant.now();
      java.time.LocalDate day = now.atZone(java.time.ZoneId.of("Asia/Almaty")).toLocalDate();
      // The region of the test's applications: its head is the demo's regionalhead (Turkistan).
      jdbc.update("DELETE FROM notification WHERE idempotency_key = ?", "escalation:regionalhead:" + day);

      // Half a day late is not yet escalated (other tests may have left older overdue tasks: only this one matters).
      java.time.LocalDate earlier = day.minusDays(400);
      jdbc.update("DELETE FROM notification WHERE idempotency_key = ?", "escalation:regionalhead:" + earlier);
      escalations.escalate(earlier, due.plus(Duration.ofHours(12)));
      assertThat(outbox.findByKey("escalation:regionalhead:" + earlier))
          .allSatisfy(row -> assertThat(row.body()).doesNotContain(instance.getBusinessKey()));
      assertThat(escalations.escalate(day, now)).isPositive();
      assertThat(escalations.escalate(day, now)).as("once a day").isZero();
      worker.runUntilNoneDue();

      List<Row> sent = outbox.findByKey("escalation:regionalhead:" + day);
      assertThat(sent).hasSize(1);
      assertThat(sent.get(0).state()).isEqualTo(NotificationRepository.SENT);
      assertThat(sent.get(0).address()).isEqualTo("regionalhead@leaders.example.kz");
      assertThat(sent.get(0).subject()).contains("Түркістан облысы");
      assertThat(sent.get(0).body()).contains(instance.getBusinessKey(), "просрочено на 3 дн.",
          "3 күнге кешіктірілді").doesNotContainPattern("\\d{12}");
    }

    @Autowired kz.edu.leaders.appointment.competition.CompetitionDriver competitions;

    @Test
    void aCompetitionCommissionMemberIsRemindedOfAVoteNotYetCastOnce() {
      String vacancy = competitions.newVacancy(kz.edu.leaders.domain.Region.TURKISTAN);
      ProcessInstance competition = competitions.start(vacancy);
      competitions.announce(vacancy);
      competitions.applicationsClose(vacancy);
      competitions.recordApplications(vacancy, List.of(
          kz.edu.leaders.appointment.competition.CompetitionDriver.applicant("Ivanova", "Aigerim")));
      long candidate = competitions.candidateId(vacancy, "Ivanova");
      competitions.checkDocuments(vacancy, Map.of());
      competitions.recordTests(vacancy, Map.of(candidate, 88.0));
      competitions.schedule(vacancy, java.util.Set.of(candidate));
      competitions.attendance(vacancy, java.util.Set.of(candidate));
      List<org.camunda.bpm.engine.task.Task> votes = taskService.createTaskQuery()
          .processInstanceId(competition.getId()).taskDefinitionKey("Task_OpenVote").list();
      assertThat(votes).isNotEmpty().allSatisfy(task -> assertThat(task.getDueDate()).isNotNull());
      Instant hourBefore = votes.get(0).getDueDate().toInstant().minus(Duration.ofHours(1));

      assertThat(officials.reminders(hourBefore.minus(Duration.ofDays(5)))).as("not due soon yet").isZero();
      officials.reminders(hourBefore);
      assertThat(officials.reminders(hourBefore)).as("once a task").isZero();
      worker.runUntilNoneDue();

      for (org.camunda.bpm.engine.task.Task vote : votes) {
        List<Row> reminder = outbox.findByKey("reminder:" + vote.getId());
        assertThat(reminder).as(vote.getAssignee()).hasSize(1);
        assertThat(reminder.get(0).event()).isEqualTo(OfficialReminders.VOTE_REMINDER);
        assertThat(reminder.get(0).state()).isEqualTo(NotificationRepository.SENT);
        assertThat(reminder.get(0).body()).contains(vote.getName(), "ваш голос ещё не подан",
            "дауысыңыз әлі берілмеген");
      }
    }
  }

  @Nested
  class JurorsAreTold {

    @Autowired OfficialReminders officials;
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired kz.edu.leaders.demo.ContestSteps contest;
    @Autowired kz.edu.leaders.events.contest.ContestSettings contestSettings;

    @Test
    void aJurorIsRemindedOnceOfEachEntryNotYetScoredInKazakhAndRussianWithTheDeadlineInKazakhstanTime() {
      ProcessInstance instance = contest.announce("organiser",
          kz.edu.leaders.demo.ContestSteps.announcement(java.time.LocalDateTime.now().plusDays(3)));
      contest.register("organiser", instance, List.of(kz.edu.leaders.demo.ContestSteps.entry(1),
          kz.edu.leaders.demo.ContestSteps.entry(2)), true);
      contest.admit("organiser", instance, 2, Map.of());
      Instant opened = Instant.now();
      for (String juror : List.of("juror", "juror2", "juror3", "jurychair")) {
        contest.declareConflicts(juror, instance, juror.equals("juror3") ? Map.of(2, "OWN_DISTRICT") : Map.of());
      }
      List<org.camunda.bpm.engine.task.Task> scores = taskService.createTaskQuery()
          .processInstanceId(instance.getId()).taskDefinitionKey("Task_ScoreContestEntry").list();
      assertThat(scores).hasSize(7);
      Instant due = scores.get(0).getDueDate().toInstant();
      assertThat(due).isBetween(opened.plus(contestSettings.getScoringTerm()).minusSeconds(1),
          Instant.now().plus(contestSettings.getScoringTerm()).plusSeconds(1));
      // One juror scores entry 1 at once: no reminder of a score given.
      contest.score("juror2", instance, 1, List.of(4));
      List<org.camunda.bpm.engine.task.Task> open = taskService.createTaskQuery()
          .processInstanceId(instance.getId()).taskDefinitionKey("Task_ScoreContestEntry").list();
      assertThat(open).hasSize(6);

      officials.reminders(due.minus(settings.getDigest().getDueWithin()).minus(Duration.ofHours(1)));
      assertThat(scores).as("not before the window")
          .allSatisfy(task -> assertThat(outbox.findByKey("reminder:" + task.getId())).isEmpty());
      Instant dayBefore = due.minus(Duration.ofDays(1));
      officials.reminders(dayBefore);
      officials.reminders(dayBefore.plus(Duration.ofHours(6)));
      worker.runUntilNoneDue();

      String when = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
          .format(due.atZone(java.time.ZoneId.of("Asia/Almaty")));
      for (org.camunda.bpm.engine.task.Task task : scores) {
        List<Row> reminder = outbox.findByKey("reminder:" + task.getId());
        boolean scored = open.stream().noneMatch(t -> t.getId().equals(task.getId()));
        if (scored) {
          assertThat(reminder).as("scored already").isEmpty();
          continue;
        }
        assertThat(reminder).as(task.getAssignee() + " once").hasSize(1);
        Row row = reminder.get(0);
        assertThat(row.event()).isEqualTo(OfficialReminders.JURY_SCORE_REMINDER);
        assertThat(row.recipientRef()).isEqualTo(task.getAssignee());
        assertThat(row.address()).isEqualTo(task.getAssignee() + "@leaders.example.kz");
        assertThat(row.state()).isEqualTo(NotificationRepository.SENT);
        Object school = taskService.getVariable(task.getId(), "schoolName");
        assertThat(row.body()).contains("бағаңыз әлі берілмеген", "ваша оценка ещё не выставлена",
            "Лучшая ведущая школа", (String) school, when + " (Қазақстан уақыты)", when + " (время Казахстана)")
            .doesNotContainPattern("\\d{12}");
      }
      // juror: entries 1 and 2; juror3 is recused from entry 2; juror2 scored entry 1.
      assertThat(scores.stream().filter(t -> t.getAssignee().equals("juror"))
          .flatMap(t -> outbox.findByKey("reminder:" + t.getId()).stream()).toList()).hasSize(2);
      assertThat(scores.stream().filter(t -> t.getAssignee().equals("juror2"))
          .flatMap(t -> outbox.findByKey("reminder:" + t.getId()).stream()).toList()).hasSize(1);
      org.camunda.bpm.engine.task.Task jurors = open.stream().filter(t -> t.getAssignee().equals("juror3"))
          .findFirst().orElseThrow();
      long id = outbox.findByKey("reminder:" + jurors.getId()).get(0).id();
      assertThat(MAIL.to("juror3@leaders.example.kz")).filteredOn(m -> header(m).equals(String.valueOf(id)))
          .singleElement().satisfies(m -> {
            assertThat(subject(m)).startsWith("Еске салу: байқау өтінімінің бағасы " + when)
                .contains(" / Напоминание: оценка заявки конкурса ожидается до " + when);
            assertThat(body(m)).contains("Құрметті Yerkin Juror!", "Уважаемый(ая) Yerkin Juror!",
                kz.edu.leaders.demo.ContestSteps.school(1));
          });
    }
  }

  @Nested
  class ForumParticipantsAreTold {

    @Autowired kz.edu.leaders.demo.ForumSteps forums;

    ResponseEntity<Map<String, Object>> post(String user, String path) {
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, "ru");
      return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(null, headers), JSON);
    }

    String tokenIn(String text) {
      java.util.regex.Matcher link = java.util.regex.Pattern.compile("/forum-feedback/#([A-Za-z0-9_-]{43})")
          .matcher(text);
      assertThat(link.find()).as("a personal link in " + text).isTrue();
      return link.group(1);
    }

    @Test
    void eachParticipantWithAnAddressIsMailedTheirLinkOnceAdministratorsSeeItMaskedAndTheLinkTakesTheSheet() {
      ProcessInstance instance = forums.plan("organiser", kz.edu.leaders.demo.ForumSteps.forum("JAMBYL",
          java.time.LocalDate.now().minusDays(1), kz.edu.leaders.demo.ForumSteps.programme()));
      String number = instance.getBusinessKey();
      String first = address();
      String second = address();
      forums.registerCsv(number, "full_name;position;organisation;district;email;phone\n"
          + "Асанов Ерлан Бекұлы;Директор;№ 1 мектеп;Тараз қаласы;" + first + ";\n"
          + "Сейітова Гүлнар Маратқызы;Директор;№ 2 мектеп;Байзақ ауданы;" + second + ";\n"
          + "Омаров Нұрлан;Директор;№ 3 мектеп;Шу ауданы;;+77025500003\n", "organiser");
      String links = "/api/forums/" + number + "/feedback-links";
      assertThat(post("organiser", links).getStatusCode()).as("registration still open").isEqualTo(HttpStatus.CONFLICT);
      forums.closeRegistration("organiser", instance);

      ResponseEntity<Map<String, Object>> sent = post("organiser", links);
      assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(sent.getBody()).containsEntry("queued", 2).containsEntry("alreadySent", 0)
          .containsEntry("noAddress", 1).containsEntry("answered", 0);
      assertThat(post("organiser", links).getBody()).as("a second call queues nothing twice")
          .containsEntry("queued", 0).containsEntry("alreadySent", 2).containsEntry("noAddress", 1);
      ResponseEntity<Map<String, Object>> unknown = post("organiser", links + "?format=pdf");
      assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(unknown.getBody()).containsEntry("code", "forum.feedback.badFormat");
      assertThat((String) unknown.getBody().get("message")).contains("Неизвестный формат «pdf»");
      // While it waits, the outbox holds the full link (the worker sends it); administrators see it masked.
      Row waiting = only(first, "forum-feedback-link");
      assertThat(waiting.state()).isEqualTo(NotificationRepository.QUEUED);
      String queuedToken = tokenIn(waiting.body());
      assertThat((String) admin().exchange("/api/notifications/" + waiting.id(), HttpMethod.GET, null, JSON)
          .getBody().get("body")).doesNotContain(queuedToken).contains("/forum-feedback/#…"
          + queuedToken.substring(39));
      worker.runUntilNoneDue();

      Map<String, String> tokens = new HashMap<>();
      for (String email : List.of(first, second)) {
        MimeMessage mail = received(email, "forum-feedback-link");
        assertThat(subject(mail)).isEqualTo("Форум туралы пікіріңізді күтеміз / Ждём ваш отзыв о форуме");
        assertThat(body(mail)).contains("Сіздің жеке сілтемеңіз", "Ваша личная ссылка",
            "Лидерство в условиях обновления содержания образования", "Тараз қ., НЗМ / г. Тараз, НИШ")
            .doesNotContainPattern("\\d{12}");
        tokens.put(email, tokenIn(body(mail)));
      }
      assertThat(MAIL.to(first)).hasSize(1);
      assertThat(tokens.get(first)).isEqualTo(queuedToken).isNotEqualTo(tokens.get(second));

      // Administrators read the message without the secret; the outbox keeps none once it is sent.
      Row row = only(first, "forum-feedback-link");
      String token = tokens.get(first);
      assertThat(row.state()).isEqualTo(NotificationRepository.SENT);
      assertThat(row.recipientKind()).isEqualTo("PARTICIPANT");
      assertThat(row.body()).doesNotContain(token).contains("/forum-feedback/#…" + token.substring(39));
      ResponseEntity<Map<String, Object>> one = admin().exchange("/api/notifications/" + row.id(), HttpMethod.GET,
          null, JSON);
      assertThat((String) one.getBody().get("body")).doesNotContain(token)
          .contains("/forum-feedback/#…" + token.substring(39), "Ваша личная ссылка");
      ResponseEntity<Map<String, Object>> listed = admin().exchange("/api/notifications?event=forum-feedback-link"
          + "&recipient=" + row.recipientRef(), HttpMethod.GET, null, JSON);
      assertThat(listed.getBody()).containsEntry("total", 1);
      assertThat(listed.getBody().toString()).doesNotContain(token).contains("…" + token.substring(39));

      // The CSV has the link of the one without an address only: the mailed links keep working.
      ResponseEntity<String> csv = rest.withBasicAuth("organiser", "organiser")
          .postForEntity(links + "?format=csv", null, String.class);
      assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(csv.getBody().lines().toList()).hasSize(2).last().asString().startsWith("3;Омаров Нұрлан;");
      HttpHeaders acceptCsv = new HttpHeaders();
      acceptCsv.setAccept(List.of(org.springframework.http.MediaType.valueOf("text/csv")));
      ResponseEntity<String> byHeader = rest.withBasicAuth("organiser", "organiser").exchange(links,
          HttpMethod.POST, new HttpEntity<>(null, acceptCsv), String.class);
      assertThat(byHeader.getBody().lines().toList()).hasSize(2);
      assertThat(tokenIn(byHeader.getBody())).isNotEqualTo(tokenIn(csv.getBody()));

      // The e-mailed link opens the sheet and takes it once.
      String sheet = "/public/api/forum-feedback/" + token;
      ResponseEntity<Map<String, Object>> shown = rest.exchange(sheet, HttpMethod.GET, null, JSON);
      assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(shown.getBody()).containsEntry("forumNumber", number).containsEntry("open", true)
          .containsEntry("submitted", false);
      assertThat(rest.exchange(sheet, HttpMethod.POST, new HttpEntity<>(Map.of("forumRating", 5,
          "sessions", List.of(Map.of("sessionNo", 1, "rating", 4)))), JSON).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
      assertThat(rest.exchange(sheet, HttpMethod.GET, null, JSON).getBody()).containsEntry("submitted", true);
      assertThat(rest.exchange("/public/api/forum-feedback/" + tokens.get(second), HttpMethod.GET, null, JSON)
          .getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(post("organiser", links).getBody()).containsEntry("queued", 0).containsEntry("alreadySent", 1)
          .containsEntry("answered", 1);
      worker.runUntilNoneDue();
      assertThat(MAIL.to(first)).hasSize(1);
      assertThat(MAIL.to(second)).hasSize(1);
    }
  }

  @Nested
  class TheOutbox {

    @Test
    void aRolledBackRegistrationLeavesNoNotification() {
      String email = address();
      assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
        selection.register(application(email, "ru"));
        assertThat(rowsTo(email)).as("written in the engine's transaction").hasSize(1);
        throw new IllegalStateException("a later step of the same transaction failed");
      })).hasMessage("a later step of the same transaction failed");

      assertThat(rowsTo(email)).isEmpty();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application WHERE email = ?", Integer.class, email))
          .isZero();
      worker.runUntilNoneDue();
      assertThat(MAIL.to(email)).isEmpty();
    }

    @Test
    void theSameKeyTwiceIsOneRowAndOneMail() {
      String email = address();
      String key = "test:" + UUID.randomUUID();
      assertThat(notifications.queue(sample(key, email))).isTrue();
      assertThat(notifications.queue(sample(key, email))).isFalse();
      worker.runUntilNoneDue();
      worker.runUntilNoneDue();

      assertThat(outbox.findByKey(key)).hasSize(1);
      assertThat(MAIL.to(email)).hasSize(1);
      assertThat(notifications.queue(sample(key, email))).as("after it was sent, too").isFalse();
      worker.runUntilNoneDue();
      assertThat(MAIL.to(email)).hasSize(1);
    }

    @Test
    void aRowClaimedByAWorkerThatDiedIsSentOnceByAnotherWhenTheClaimRunsOut() {
      String email = address();
      String key = "test:" + UUID.randomUUID();
      notifications.queue(sample(key, email));
      long id = outbox.findByKey(key).get(0).id();
      Instant now = Instant.now();
      // The dead worker claimed the row after the commit and died before it sent or recorded anything.
      assertThat(outbox.claim(id, "dead-worker", now, now.plus(settings.getClaimTime()))).isTrue();

      worker.runUntilNoneDue();
      assertThat(MAIL.to(email)).as("the claim still holds").isEmpty();
      assertThat(outbox.find(id).orElseThrow().claimedBy()).isEqualTo("dead-worker");

      worker.setClock(Clock.fixed(now.plus(settings.getClaimTime()).plusSeconds(1), ZoneOffset.UTC));
      worker.runUntilNoneDue();
      worker.runUntilNoneDue();

      assertThat(MAIL.to(email)).hasSize(1);
      Row row = outbox.find(id).orElseThrow();
      assertThat(row.state()).isEqualTo(NotificationRepository.SENT);
      assertThat(row.claimedBy()).isNull();
    }

    @Test
    void whileTheMailServerIsDownRowsWaitAndGoOutOnceWhenItIsBack() {
      MAIL.stop();
      String email = address();
      String key = "test:" + UUID.randomUUID();
      notifications.queue(sample(key, email));
      worker.runUntilNoneDue();

      Row waiting = outbox.findByKey(key).get(0);
      assertThat(waiting.state()).isEqualTo(NotificationRepository.QUEUED);
      assertThat(waiting.attempts()).as("not the message's fault").isZero();
      assertThat(waiting.lastError()).isNotBlank();
      assertThat(waiting.nextAttemptAt()).isAfter(Instant.now().plus(settings.getUnreachableRetry())
          .minusSeconds(10));

      MAIL.start();
      worker.runUntilNoneDue();
      assertThat(MAIL.to(email)).as("not before its next attempt").isEmpty();
      worker.setClock(Clock.offset(Clock.systemUTC(), settings.getUnreachableRetry().plusSeconds(1)));
      worker.runUntilNoneDue();
      worker.runUntilNoneDue();

      assertThat(MAIL.to(email)).hasSize(1);
      assertThat(outbox.findByKey(key).get(0).state()).isEqualTo(NotificationRepository.SENT);
    }

    @Test
    void aRefusedMessageFailsWithTheServersAnswerBacksOffAndIsSentWhenAnAdministratorResendsIt() throws Exception {
      String email = address();
      String key = "test:" + UUID.randomUUID();
      try (RefusingSmtpServer refusing = new RefusingSmtpServer()) {
        mailSender.setPort(refusing.port());
        notifications.queue(sample(key, email));
        worker.runUntilNoneDue();
      }
      mailSender.setPort(MAIL.port());

      Row failed = outbox.findByKey(key).get(0);
      assertThat(failed.state()).isEqualTo(NotificationRepository.FAILED);
      assertThat(failed.attempts()).isOne();
      assertThat(failed.lastError()).contains("550 5.1.1 Recipient address rejected");
      assertThat(Duration.between(Instant.now(), failed.nextAttemptAt()))
          .isGreaterThan(settings.getBackoff().minusSeconds(10));
      worker.runUntilNoneDue();
      assertThat(MAIL.to(email)).as("not before its backoff").isEmpty();

      ResponseEntity<Map<String, Object>> resent = admin().exchange("/api/notifications/" + failed.id() + "/resend",
          HttpMethod.POST, null, JSON);
      assertThat(resent.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(resent.getBody()).containsEntry("state", "QUEUED").containsEntry("attempts", 0);
      worker.runUntilNoneDue();

      assertThat(MAIL.to(email)).hasSize(1);
      assertThat(outbox.find(failed.id()).orElseThrow().state()).isEqualTo(NotificationRepository.SENT);
    }

    @Test
    void afterTheLastAttemptTheServerRefusesItIsFailedForGood() throws Exception {
      String email = address();
      String key = "test:" + UUID.randomUUID();
      try (RefusingSmtpServer refusing = new RefusingSmtpServer()) {
        mailSender.setPort(refusing.port());
        notifications.queue(sample(key, email));
        // Milliseconds: what both databases keep of a timestamp.
        Instant at = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        for (int attempt = 1; attempt <= settings.getMaxAttempts(); attempt++) {
          worker.setClock(Clock.fixed(at, ZoneOffset.UTC));
          worker.runUntilNoneDue();
          Row row = outbox.findByKey(key).get(0);
          assertThat(row.attempts()).isEqualTo(attempt);
          assertThat(Duration.between(at, row.nextAttemptAt())).isEqualTo(settings.backoffAfter(attempt));
          at = row.nextAttemptAt().plusSeconds(1);
        }
        worker.setClock(Clock.fixed(at.plus(Duration.ofDays(1)), ZoneOffset.UTC));
        worker.runUntilNoneDue();
      }
      Row row = outbox.findByKey(key).get(0);
      assertThat(row.state()).isEqualTo(NotificationRepository.FAILED_PERMANENTLY);
      assertThat(row.attempts()).isEqualTo(settings.getMaxAttempts());
      assertThat(settings.backoffAfter(2)).isEqualTo(settings.getBackoff().multipliedBy(2));
    }
  }

  TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "admin-test");
  }

  @Nested
  class AdministratorsApi {

    @Test
    void administratorsReadEachNotificationWithItsTextStateAndBacklog() {
      String email = address();
      String number = selection.register(application(email, "kk")).getBusinessKey();
      worker.runUntilNoneDue();
      Row row = only(email, "application-registered");

      ResponseEntity<Map<String, Object>> list = admin().exchange(
          "/api/notifications?event=application-registered&recipient=" + number + "&state=SENT", HttpMethod.GET,
          null, JSON);
      assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(list.getBody()).containsEntry("total", 1);
      @SuppressWarnings("unchecked")
      Map<String, Object> item = ((List<Map<String, Object>>) list.getBody().get("items")).get(0);
      assertThat(item).containsEntry("id", (int) row.id()).containsEntry("recipientKind", "CANDIDATE")
          .containsEntry("subject", "Өтінішіңіз тіркелді: " + number).containsEntry("language", "kk");

      ResponseEntity<Map<String, Object>> one = admin().exchange("/api/notifications/" + row.id(), HttpMethod.GET,
          null, JSON);
      assertThat((String) one.getBody().get("body")).contains("Өтініш нөмірі: " + number);
      assertThat(one.getBody()).containsEntry("state", "SENT").containsKey("sentAt");

      ResponseEntity<Map<String, Object>> backlog = admin().exchange("/api/notifications/backlog", HttpMethod.GET,
          null, JSON);
      assertThat(backlog.getBody()).containsOnlyKeys(NotificationRepository.STATES);
      assertThat(((Number) backlog.getBody().get("SENT")).longValue()).isPositive();
    }

    @Test
    void othersAreRefusedInTheirLanguage() {
      HttpHeaders russian = new HttpHeaders();
      russian.set("Accept-Language", "ru");
      for (String path : List.of("/api/notifications", "/api/notifications/backlog", "/api/notifications/1")) {
        ResponseEntity<Map<String, Object>> refused = rest.withBasicAuth("operator", "operator")
            .exchange(path, HttpMethod.GET, new HttpEntity<>(russian), JSON);
        assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).containsEntry("code", "notification.adminsOnly")
            .containsEntry("message", "Уведомления доступны только администраторам.");
      }
      ResponseEntity<Map<String, Object>> resend = rest.withBasicAuth("operator", "operator")
          .exchange("/api/notifications/1/resend", HttpMethod.POST, null, JSON);
      assertThat(resend.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void badRequestsAreAnsweredClearlyAndChangeNothing() {
      String email = address();
      String key = "test:" + UUID.randomUUID();
      notifications.queue(sample(key, email));
      worker.runUntilNoneDue();
      long id = outbox.findByKey(key).get(0).id();

      assertThat(admin().exchange("/api/notifications?state=LOST", HttpMethod.GET, null, JSON).getBody())
          .containsEntry("code", "notification.badFilter");
      assertThat(admin().exchange("/api/notifications?state=LOST", HttpMethod.GET, null, JSON).getStatusCode())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(admin().exchange("/api/notifications?recipientKind=ROBOT", HttpMethod.GET, null, JSON)
          .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(admin().exchange("/api/notifications?size=1000", HttpMethod.GET, null, JSON).getStatusCode())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(admin().exchange("/api/notifications/999999999", HttpMethod.GET, null, JSON).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
      ResponseEntity<Map<String, Object>> sentAgain = admin().exchange("/api/notifications/" + id + "/resend",
          HttpMethod.POST, null, JSON);
      assertThat(sentAgain.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(sentAgain.getBody()).containsEntry("code", "notification.notResendable");
      assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(NotificationRepository.SENT);
      worker.runUntilNoneDue();
      assertThat(MAIL.to(email)).hasSize(1);
    }
  }
}
