package kz.edu.leaders.appointment.competition;

import static kz.edu.leaders.appointment.competition.CompetitionDriver.MEMBERS;
import static kz.edu.leaders.appointment.competition.CompetitionDriver.OFFICER;
import static kz.edu.leaders.appointment.competition.CompetitionDriver.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AppTest
class OpenCompetitionProcessAppTest {

  @Autowired ProcessEngine engine;
  @Autowired CompetitionDriver competition;
  @Autowired CompetitionRepository competitions;
  @Autowired CompetitionSessionRepository sessions;
  @Autowired JdbcTemplate jdbc;
  @Autowired CompetitionCalendar calendar;

  String vacancy;
  ProcessInstance instance;

  @BeforeEach
  void announcedCompetition() {
    BpmnAwareTests.init(engine);
    vacancy = competition.newVacancy(Region.TURKISTAN);
    instance = competition.start(vacancy);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Announced, window closed, the applicants recorded; returns their candidate ids in the given order. */
  long[] applied(String... surnames) {
    competition.announce(vacancy);
    competition.applicationsClose(vacancy);
    competition.recordApplications(vacancy, java.util.Arrays.stream(surnames).map(s -> applicant(s, "Aigerim")).toList());
    return java.util.Arrays.stream(surnames).mapToLong(s -> competition.candidateId(vacancy, s)).toArray();
  }

  /** Applied, admitted and passed the test, all of them. */
  long[] passedTheTest(String... surnames) {
    long[] ids = applied(surnames);
    competition.checkDocuments(vacancy, Map.of());
    Map<Long, Double> scores = new HashMap<>();
    for (long id : ids) {
      scores.put(id, 80.0);
    }
    competition.recordTests(vacancy, scores);
    return ids;
  }

  /** Passed the test, consented, and came to the session: waiting for the votes. */
  long[] atTheVote(String... surnames) {
    long[] ids = passedTheTest(surnames);
    Set<Long> all = ids(ids);
    competition.schedule(vacancy, all);
    competition.attendance(vacancy, all);
    return ids;
  }

  static Set<Long> ids(long... ids) {
    return java.util.Arrays.stream(ids).boxed().collect(java.util.stream.Collectors.toSet());
  }

  CompetitionRepository.Candidate candidate(long id) {
    return competition.candidates(vacancy).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
  }

  Object variable(String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  void endedWithoutWinner(String endEvent, String reason) {
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(endEvent);
    var record = competition.competition(vacancy);
    assertThat(record.status()).isEqualTo("DECIDED");
    assertThat(record.outcome()).isEqualTo("NO_WINNER");
    assertThat(record.outcomeReason()).contains(reason);
    assertThat(variable("competitionOutcome")).isEqualTo("NO_WINNER");
    assertThat(competitions.winner(vacancy)).isEmpty();
  }

  @Test
  void anAnnouncementDatedBeforeTheVacancyOrInTheFutureIsRefused() {
    assertThatThrownBy(() -> competition.announce(vacancy, LocalDate.of(2026, 1, 31)))
        .hasMessageContaining("announcedOn: must be between the vacancy (2026-02-01) and today");
    assertThatThrownBy(() -> competition.announce(vacancy, calendar.today().plusDays(1)))
        .hasMessageContaining("announcedOn: must be between the vacancy");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_PublishAnnouncement");
    assertThat(competition.competition(vacancy).applicationsUntil()).isNull();
  }

  @Test
  void theCandidateSupportedByTheMajorityWins() {
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_PublishAnnouncement").task()
        .hasCandidateGroup("regional-officers-turkistan");
    var opened = competition.competition(vacancy);
    assertThat(opened.id()).isEqualTo(vacancy + "-C1");
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).containsEntry("competitionId", vacancy + "-C1")
        .containsEntry("school", "School No. 7, Turkistan").containsEntry("regionName", "Түркістан облысы / Туркестанская")
        .containsEntry("postName", "Мектеп директоры / Директор школы").containsEntry("competitionAttempt", 1);

    competition.announce(vacancy, LocalDate.of(2026, 3, 2));
    assertThat(competition.competition(vacancy).applicationsUntil()).isEqualTo("2026-03-17");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "applicationsUntil")).isEqualTo("2026-03-17");
    Task applications = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(applications.getDueDate()).isEqualTo(calendar.endOf(LocalDate.of(2026, 3, 17)));

    competition.applicationsClose(vacancy);
    competition.recordApplications(vacancy, List.of(applicant("Ivanova", "Aigerim"), applicant("Petrov", "Bakhyt"),
        applicant("Serikova", "Dana")));
    // Personal data lives in competition_candidate, not in process variables.
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKey("candidates");
    long ivanova = competition.candidateId(vacancy, "Ivanova");
    long petrov = competition.candidateId(vacancy, "Petrov");
    long serikova = competition.candidateId(vacancy, "Serikova");
    assertThat(competition.candidates(vacancy)).extracting(CompetitionRepository.Candidate::status)
        .containsOnly(CandidateStatus.APPLIED);

    competition.checkDocuments(vacancy, Map.of());
    competition.recordTests(vacancy, Map.of(ivanova, 91.5, petrov, 70.0, serikova, 85.0));
    competition.schedule(vacancy, Set.of(ivanova, petrov, serikova));
    var scheduled = competition.competition(vacancy);
    assertThat(scheduled.status()).isEqualTo("SCHEDULED");
    assertThat(scheduled.streamLink()).isEqualTo("https://youtube.com/live/turkistan-konkurs");
    var session = sessions.session(scheduled.id(), 1);
    assertThat(session.members()).isEqualTo(4);
    assertThat(session.votingCloses().getTime() - session.scheduledAt().getTime()).isEqualTo(6 * 3600_000L);

    competition.attendance(vacancy, Set.of(ivanova, petrov, serikova));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list())
        .extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(MEMBERS);
    competition.vote("competition", vacancy, Map.of(ivanova, "FOR", petrov, "AGAINST", serikova, "FOR"));
    competition.vote("competition2", vacancy, Map.of(ivanova, "FOR", petrov, "AGAINST", serikova, "FOR"));
    competition.vote("competition3", vacancy, Map.of(ivanova, "FOR", petrov, "FOR", serikova, "FOR"));
    competition.vote("competitionchair", vacancy, Map.of(ivanova, "AGAINST", petrov, "AGAINST", serikova, "FOR"));

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AttachRecording");
    competition.attachRecording(vacancy);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_TallyVotes", "EndEvent_WinnerChosen");
    assertThat(variable("competitionOutcome")).isEqualTo("WINNER");
    var winner = competitions.winner(vacancy).orElseThrow();
    assertThat(winner.candidateId()).isEqualTo(serikova);
    assertThat(winner.fullName()).isEqualTo("Serikova Dana");
    var record = competition.competition(vacancy);
    assertThat(record.status()).isEqualTo("DECIDED");
    assertThat(record.recordingLink()).isEqualTo("https://youtube.com/watch?v=turkistan-konkurs-1");
    assertThat(record.outcomeReason()).endsWith(" / Ivanova A.: за 3, против 1; Petrov B.: за 1, против 3; "
        + "Serikova D.: за 4, против 0; проголосовали 4 из 4 членов; победитель: Serikova D., больше всех голосов «за» — 4");
    assertThat(record.outcomeReason()).startsWith("Ivanova A.: жақтап 3, қарсы 1;");
    assertThat(candidate(serikova).status()).isEqualTo(CandidateStatus.WINNER);
    assertThat(candidate(ivanova).status()).isEqualTo(CandidateStatus.NOT_SELECTED);
    assertThat(candidate(ivanova).votesFor()).isEqualTo(3);
    assertThat(candidate(ivanova).votesAgainst()).isEqualTo(1);
    assertThat(candidate(petrov).testScore()).isEqualByComparingTo("70");
    assertThat(sessions.session(record.id(), 1).decision()).isEqualTo("WINNER");
    assertThat(sessions.session(record.id(), 1).voted()).isEqualTo(4);
    // Every vote is on record by member; the ballots are gone from the variables.
    assertThat(sessions.votes(record.id(), 1)).hasSize(12)
        .filteredOn(v -> v.member().equals("competition3") && v.candidateId() == petrov)
        .singleElement().satisfies(v -> assertThat(v.vote()).isEqualTo("FOR"));
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("ballot").list()).allSatisfy(v -> assertThat(v.getState()).isEqualTo("DELETED"));
    assertThat(jdbc.queryForObject("SELECT announced_by FROM competition WHERE competition_id = ?", String.class,
        record.id())).isEqualTo(OFFICER);
  }

  @Test
  void theDriverRunsATypicalCompetitionToAWinner() {
    var winner = competition.runToWinner(vacancy);

    assertThat(winner.surname()).isEqualTo("Ivanova");
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_WinnerChosen");
  }

  @Nested
  class Applications {

    @Test
    void theyAreRecordedOnlyOnceTheWindowHasClosed() {
      competition.announce(vacancy);

      assertThatThrownBy(() -> competition.recordApplications(vacancy, List.of(applicant("Ivanova", "Aigerim"))))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("applications are open until " + competition.competition(vacancy).applicationsUntil());
      assertThat(competition.candidates(vacancy)).isEmpty();
    }

    @Test
    void withNobodyApplyingThereIsNoWinner() {
      applied();

      endedWithoutWinner("EndEvent_NoApplications", "никто не подал заявление");
    }

    @Test
    void everyBadRowIsNamedAndNothingIsStored() {
      competition.announce(vacancy);
      competition.applicationsClose(vacancy);
      var good = applicant("Ivanova", "Aigerim");
      var wrongIin = applicant("Petrov", "Bakhyt");
      wrongIin.put("iin", TestApplications.withWrongCheckDigit((String) wrongIin.get("iin")));
      wrongIin.put("phone", "8 701 123 45 67");
      var same = applicant("Serikova", "Dana");
      same.put("iin", good.get("iin"));
      same.put("firstName", " ");

      assertThatThrownBy(() -> competition.recordApplications(vacancy, List.of(good, wrongIin, same)))
          .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors())
              .extracting(Object::toString).containsExactlyInAnyOrder(
                  "candidates[2].iin: IIN check digit does not match: please verify the number",
                  "candidates[2].phone: must be written +7 and 10 digits, e.g. +77011234567",
                  "candidates[3].firstName: is required",
                  "candidates[3].iin: the same IIN as row 1"));
      assertThat(competition.candidates(vacancy)).isEmpty();
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RecordApplications");
    }
  }

  @Nested
  class DocumentsAndTest {

    @Test
    void whenEveryonesDocumentsAreRejectedThereIsNoWinner() {
      long[] ids = applied("Ivanova", "Petrov");

      competition.checkDocuments(vacancy, Map.of(ids[0], "No certificate of pedagogical experience",
          ids[1], "Diploma copy is not certified"));

      endedWithoutWinner("EndEvent_NoneAdmitted", "Ни у одного кандидата документы не приняты");
      assertThat(candidate(ids[0]).status()).isEqualTo(CandidateStatus.DOCUMENTS_REJECTED);
      assertThat(candidate(ids[0]).statusReason()).isEqualTo("No certificate of pedagogical experience");
    }

    @Test
    void aRejectionNeedsAReasonAndEveryCandidateAnAnswer() {
      long[] ids = applied("Ivanova", "Petrov");
      Task task = competition.openTask(OFFICER, vacancy);
      List<Map<String, Object>> rows = competition.rows(task, CandidateDocumentsSubmission.VARIABLE);
      rows.get(0).put("decision", "REJECT");
      rows.remove(1);

      assertThatThrownBy(() -> competition.submit(OFFICER, task, Map.of("documentCheck", CompetitionDriver.json(rows))))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("documentCheck[1].reason: is required")
          .hasMessageContaining("documentCheck: no answer for Petrov Aigerim");
      assertThat(candidate(ids[0]).status()).isEqualTo(CandidateStatus.APPLIED);
    }

    @Test
    void whenNoOnePassesTheTestThereIsNoWinner() {
      long[] ids = applied("Ivanova", "Petrov");
      competition.checkDocuments(vacancy, Map.of());
      Map<Long, Double> scores = new HashMap<>();
      scores.put(ids[0], 69.99);
      scores.put(ids[1], null);

      competition.recordTests(vacancy, scores);

      endedWithoutWinner("EndEvent_NonePassedTest", "Ни один кандидат не прошёл тестирование");
      assertThat(candidate(ids[0]).status()).isEqualTo(CandidateStatus.TEST_FAILED);
      assertThat(candidate(ids[0]).testScore()).isEqualByComparingTo("69.99");
      assertThat(candidate(ids[1]).status()).isEqualTo(CandidateStatus.TEST_NO_SHOW);
      assertThat(competition.competition(vacancy).observerName()).isEqualTo("Nurgul Sadykova");
    }

    @Test
    void theTestNeedsAnObserverAndScoresInRange() {
      long[] ids = applied("Ivanova");
      competition.checkDocuments(vacancy, Map.of());

      assertThatThrownBy(() -> competition.submitRows(OFFICER, vacancy, TestResultsSubmission.VARIABLE, Map.of(),
          (id, row) -> row.put("score", 101)))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("observerName: is required")
          .hasMessageContaining("testResults[1].score: must be between 0 and 100");
      assertThat(candidate(ids[0]).status()).isEqualTo(CandidateStatus.ADMITTED);
    }
  }

  @Nested
  class ConsentAndAttendance {

    @Test
    void aCandidateWithoutConsentIsNotInterviewed() {
      long[] ids = passedTheTest("Ivanova", "Petrov");

      competition.schedule(vacancy, Set.of(ids[0]));

      assertThat(candidate(ids[1]).status()).isEqualTo(CandidateStatus.NO_CONSENT);
      Task attendance = competition.openTask(OFFICER, vacancy);
      assertThat(competition.rows(attendance, AttendanceSubmission.VARIABLE)).extracting(r -> r.get("candidateName"))
          .containsExactly("Ivanova Aigerim");
      competition.attendance(vacancy, Set.of(ids[0]));
      Task ballot = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskAssignee("competition").singleResult();
      assertThat(competition.rows(ballot, VoteSubmission.VARIABLE)).extracting(r -> r.get("candidateName"))
          .containsExactly("Ivanova Aigerim");
      competition.everyoneVotes(vacancy, Map.of(ids[0], "FOR"));
      competition.attachRecording(vacancy);

      assertThat(competitions.winner(vacancy).orElseThrow().candidateId()).isEqualTo(ids[0]);
      assertThat(candidate(ids[1]).status()).isEqualTo(CandidateStatus.NO_CONSENT);
    }

    @Test
    void withoutAnyoneConsentingThereIsNoWinner() {
      passedTheTest("Ivanova", "Petrov");

      competition.schedule(vacancy, Set.of());

      endedWithoutWinner("EndEvent_NoConsent", "Ни один кандидат не дал согласия на трансляцию");
      assertThat(competition.candidates(vacancy)).extracting(CompetitionRepository.Candidate::status)
          .containsOnly(CandidateStatus.NO_CONSENT);
    }

    @Test
    void theSessionNeedsAFutureDateAndAnHttpsStreamLink() {
      passedTheTest("Ivanova");

      assertThatThrownBy(() -> competition.submitRows(OFFICER, vacancy, SessionScheduleSubmission.VARIABLE,
          Map.of("sessionAt", "2020-01-01T10:00+05:00", "streamLink", "http://example.kz/live"),
          (id, row) -> row.put("consent", true)))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("sessionAt: must not be in the past")
          .hasMessageContaining("streamLink: must be a link starting with https://");
    }

    @Test
    void aNoShowAtTheSessionIsRecordedAndNotVotedOn() {
      long[] ids = passedTheTest("Ivanova", "Petrov");
      competition.schedule(vacancy, ids(ids));

      competition.attendance(vacancy, Set.of(ids[1]));
      competition.everyoneVotes(vacancy, Map.of(ids[1], "FOR"));
      competition.attachRecording(vacancy);

      assertThat(candidate(ids[0]).status()).isEqualTo(CandidateStatus.NO_SHOW);
      assertThat(candidate(ids[1]).status()).isEqualTo(CandidateStatus.WINNER);
      assertThat(sessions.votes(competition.competition(vacancy).id(), 1))
          .extracting(CompetitionSessionRepository.Vote::candidateId).containsOnly(ids[1]);
    }

    @Test
    void withNobodyAtTheSessionThereIsNoWinner() {
      long[] ids = passedTheTest("Ivanova");
      competition.schedule(vacancy, ids(ids));

      competition.attendance(vacancy, Set.of());

      endedWithoutWinner("EndEvent_NobodyPresent", "Никто из приглашённых кандидатов не явился");
    }
  }

  @Nested
  class OpenVote {

    @Test
    void withoutAQuorumTheSessionIsHeldAgainAndEarlierVotesStay() {
      long[] ids = atTheVote("Ivanova");
      competition.vote("competition", vacancy, Map.of(ids[0], "FOR"));
      competition.vote("competition2", vacancy, Map.of(ids[0], "FOR"));

      competition.votingCloses(vacancy);

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ScheduleSession");
      String id = competition.competition(vacancy).id();
      assertThat(sessions.session(id, 1).decision()).isEqualTo("NO_QUORUM");
      assertThat(sessions.session(id, 1).reason()).isEqualTo("4 мүшенің 2 мүшесі дауыс берді; кворум — 3: отырыс қайта өткізіледі / "
          + "проголосовали 2 из 4 членов; кворум — 3: заседание проводится повторно");
      competition.schedule(vacancy, ids(ids));
      assertThat(sessions.lastRound(id)).isEqualTo(2);
      competition.attendance(vacancy, ids(ids));
      competition.everyoneVotes(vacancy, Map.of(ids[0], "FOR"));
      competition.attachRecording(vacancy);

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_WinnerChosen");
      assertThat(sessions.votes(id, 1)).hasSize(2);
      assertThat(sessions.votes(id, 2)).hasSize(4);
    }

    @Test
    void whenVotingClosesTheVotesCastDecide() {
      long[] ids = atTheVote("Ivanova", "Petrov");
      competition.vote("competition", vacancy, Map.of(ids[0], "FOR", ids[1], "AGAINST"));
      competition.vote("competition2", vacancy, Map.of(ids[0], "FOR", ids[1], "FOR"));
      competition.vote("competition3", vacancy, Map.of(ids[0], "AGAINST", ids[1], "AGAINST"));

      competition.votingCloses(vacancy);

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AttachRecording");
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskAssignee(
          "competitionchair").count()).isZero();
      competition.attachRecording(vacancy);
      assertThat(competitions.winner(vacancy).orElseThrow().candidateId()).isEqualTo(ids[0]);
      assertThat(sessions.session(competition.competition(vacancy).id(), 1).voted()).isEqualTo(3);
    }

    @Test
    void aTieGoesToTheChairWhoPicksOneOfTheTied() {
      long[] ids = atTheVote("Ivanova", "Petrov", "Serikova");
      competition.vote("competition", vacancy, Map.of(ids[0], "FOR", ids[1], "FOR", ids[2], "AGAINST"));
      competition.vote("competition2", vacancy, Map.of(ids[0], "FOR", ids[1], "FOR", ids[2], "AGAINST"));
      competition.vote("competition3", vacancy, Map.of(ids[0], "FOR", ids[1], "FOR", ids[2], "FOR"));
      competition.vote("competitionchair", vacancy, Map.of(ids[0], "AGAINST", ids[1], "AGAINST", ids[2], "FOR"));

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ChairDecidesTie").task()
          .hasCandidateGroup("competition-commission-chair-turkistan");
      assertThat(engine.getRuntimeService().getVariable(instance.getId(), "tieOptions").toString())
          .contains("Ivanova Aigerim", "Petrov Aigerim", "NOBODY").doesNotContain("Serikova");
      assertThatThrownBy(() -> competition.chairDecides(vacancy, String.valueOf(ids[2]), "The strongest programme"))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("chairChoice: must be one of the tied candidates, or NOBODY");
      competition.chairDecides(vacancy, String.valueOf(ids[1]), "Ten years leading a rural school");
      competition.attachRecording(vacancy);

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_WinnerChosen");
      assertThat(competitions.winner(vacancy).orElseThrow().candidateId()).isEqualTo(ids[1]);
      var session = sessions.session(competition.competition(vacancy).id(), 1);
      assertThat(session.decision()).isEqualTo("WINNER");
      assertThat(session.decidedBy()).isEqualTo("competitionchair");
      assertThat(competition.competition(vacancy).outcomeReason())
          .endsWith("The chair chose Petrov A.: Ten years leading a rural school");
    }

    @Test
    void theChairMayChooseNobody() {
      long[] ids = atTheVote("Ivanova");
      competition.vote("competition", vacancy, Map.of(ids[0], "FOR"));
      competition.vote("competition2", vacancy, Map.of(ids[0], "FOR"));
      competition.vote("competition3", vacancy, Map.of(ids[0], "AGAINST"));
      competition.vote("competitionchair", vacancy, Map.of(ids[0], "AGAINST"));

      competition.chairDecides(vacancy, "NOBODY", "The commission is split; re-announce the post");
      competition.attachRecording(vacancy);

      endedWithoutWinner("EndEvent_NoWinner", "The chair chose nobody: The commission is split");
      assertThat(candidate(ids[0]).status()).isEqualTo(CandidateStatus.NOT_SELECTED);
    }

    @Test
    void whenNoOneIsSupportedThereIsNoWinner() {
      long[] ids = atTheVote("Ivanova", "Petrov");

      competition.everyoneVotes(vacancy, Map.of(ids[0], "AGAINST", ids[1], "AGAINST"));
      competition.attachRecording(vacancy);

      endedWithoutWinner("EndEvent_NoWinner", "ни у одного кандидата голосов «за» не больше, чем «против»");
      assertThat(competition.candidates(vacancy)).extracting(CompetitionRepository.Candidate::status)
          .containsOnly(CandidateStatus.NOT_SELECTED);
    }
  }

  @Nested
  class ForgedSubmissions {

    @Test
    void aVoteForACandidateOfAnotherCompetitionIsRefused() {
      long[] ids = atTheVote("Ivanova");
      String otherVacancy = competition.newVacancy(Region.TURKISTAN);
      long stranger = competitions.addCandidate(otherCompetition(otherVacancy), new CompetitionRepository.NewCandidate(
          TestApplications.randomIin(), "Stranger", "Ali", null, null, null, "Teacher"));
      Task ballot = ballotOf("competition");

      assertThatThrownBy(() -> competition.submit("competition", ballot, Map.of("ballot", CompetitionDriver.json(List.of(
          row(ids[0], "FOR"), row(stranger, "FOR"))))))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessage("ballot[2].candidateId: is not a candidate of this step of the competition");
      assertNoVotes();
    }

    @Test
    void aBallotMissingACandidateIsRefused() {
      long[] ids = atTheVote("Ivanova", "Petrov");

      assertThatThrownBy(() -> competition.submit("competition", ballotOf("competition"),
          Map.of("ballot", CompetitionDriver.json(List.of(row(ids[0], "FOR"), row(ids[0], "AGAINST"))))))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("ballot[2].candidateId: answers for Ivanova Aigerim again (row 1)")
          .hasMessageContaining("ballot: no answer for Petrov Aigerim");
      assertNoVotes();
    }

    @Test
    void aMemberCannotVoteInAnotherMembersTaskNorInTheirName() {
      long[] ids = atTheVote("Ivanova");
      Task others = ballotOf("competition");

      assertThatThrownBy(() -> competition.as("competition2", () -> {
        engine.getFormService().submitTaskForm(others.getId(), Map.of("ballot", CompetitionDriver.json(
            List.of(row(ids[0], "AGAINST")))));
        return null;
      })).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> competition.submit("competition2", ballotOf("competition2"), Map.of("member", "competition",
          "ballot", CompetitionDriver.json(List.of(row(ids[0], "AGAINST"))))))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessage("member: this ballot belongs to competition; competition2 may vote only in their own task");
      assertNoVotes();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(4);
    }

    @Test
    void aForgedOutcomeVariableDoesNotMakeAWinner() {
      long[] ids = atTheVote("Ivanova");
      competition.everyoneVotes(vacancy, Map.of(ids[0], "AGAINST"));

      competition.complete(OFFICER, vacancy, Map.of("recordingLink", "https://youtube.com/watch?v=1",
          "competitionOutcome", "WINNER", "sessionDecision", "WINNER"));

      endedWithoutWinner("EndEvent_NoWinner", "ни у одного кандидата голосов «за» не больше, чем «против»");
    }

    String otherCompetition(String otherVacancy) {
      competition.start(otherVacancy);
      return competitions.current(otherVacancy).id();
    }

    Task ballotOf(String member) {
      return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskAssignee(member)
          .singleResult();
    }

    Map<String, Object> row(long candidateId, String vote) {
      return new HashMap<>(Map.of("candidateId", candidateId, "candidateName", "whoever", "vote", vote));
    }

    void assertNoVotes() {
      assertThat(sessions.votes(competition.competition(vacancy).id(), 1)).isEmpty();
    }
  }

  @Test
  void anEmptyCommissionIsAnIncidentUntilMembersAreAdded() {
    String abai = competition.newVacancy(Region.ABAI);
    ProcessInstance started = competition.start(abai);
    engine.getIdentityService().createMembership("regional", "regional-officers-abai");
    try {
      competition.announce(abai);
      competition.applicationsClose(abai);
      competition.recordApplications(abai, List.of(applicant("Ivanova", "Aigerim")));
      long id = competition.candidateId(abai, "Ivanova");
      competition.checkDocuments(abai, Map.of());
      competition.recordTests(abai, Map.of(id, 90.0));

      assertThatThrownBy(() -> competition.schedule(abai, Set.of(id)))
          .hasMessage("Group competition-commission-abai has no members: add them in Admin, then retry");
      Job job = engine.getManagementService().createJobQuery().processInstanceId(started.getId()).singleResult();
      assertThat(job.getExceptionMessage()).isEqualTo(
          "Group competition-commission-abai has no members: add them in Admin, then retry");

      engine.getIdentityService().createMembership("competition", "competition-commission-abai");
      engine.getManagementService().executeJob(job.getId());
      BpmnAwareTests.assertThat(started).isWaitingAt("Task_RecordAttendance");
    } finally {
      engine.getIdentityService().deleteMembership("regional", "regional-officers-abai");
      engine.getIdentityService().deleteMembership("competition", "competition-commission-abai");
    }
  }
}
