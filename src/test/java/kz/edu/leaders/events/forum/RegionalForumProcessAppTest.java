package kz.edu.leaders.events.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.demo.ForumSteps;
import kz.edu.leaders.events.forum.ForumFeedback.Link;
import kz.edu.leaders.events.forum.ForumRepository.Forum;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** RegionalForum from planning to its close, as the region's organiser takes it, by either end of the feedback. */
@AppTest
class RegionalForumProcessAppTest {

  static final LocalDate FIRST_DAY = LocalDate.now().minusDays(1);

  @Autowired ProcessEngine engine;
  @Autowired ForumSteps forums;
  @Autowired ForumRepository records;
  @Autowired ForumParticipants participants;
  @Autowired ForumFeedback feedback;
  @Autowired ForumSummary summaries;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  ProcessInstance planned() {
    return forums.plan("organiser", ForumSteps.forum("JAMBYL", FIRST_DAY, ForumSteps.programme()));
  }

  @Test
  void aPlannedForumIsRecordedWithItsProgrammeAndWaitsForRegistrationInItsRegion() {
    ProcessInstance instance = planned();

    assertThat(instance.getBusinessKey()).matches("FORUM-\\d{4}-JAMBYL-\\d{3}");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RegisterForumParticipants");
    BpmnAwareTests.assertThat(instance).task().hasCandidateGroup("forum-organisers-jambyl");
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getName()).startsWith("Қатысушыларды тіркеу / Зарегистрировать участников · ")
        .endsWith(instance.getBusinessKey());
    Forum forum = records.get(instance.getBusinessKey());
    assertThat(forum.status()).isEqualTo(RegionalForum.REGISTRATION);
    assertThat(forum.plannedBy()).isEqualTo("organiser");
    assertThat(records.sessions(instance.getBusinessKey())).extracting(ForumRepository.Session::kind)
        .containsExactly(SessionKind.EXHIBITION, SessionKind.PLENARY, SessionKind.CONTEST,
            SessionKind.DIALOGUE_PLATFORM, SessionKind.FACILITATION);
    assertThat(engine.getRuntimeService().getVariables(instance.getId()).keySet())
        .doesNotContain("sessions", "venue", "region");
  }

  @Test
  void anOrganiserOfAnotherRegionCannotPlanAndABadProgrammeIsRefusedNamingEachField() {
    long before = records.list(null).size();
    assertThatThrownBy(() -> forums.plan("organiser2", ForumSteps.forum("JAMBYL", FIRST_DAY,
        ForumSteps.programme()))).hasMessageContaining("region").hasMessageContaining("Алматы қаласы");

    List<Map<String, Object>> bad = new ArrayList<>(ForumSteps.programme());
    bad.add(ForumSteps.session("Үшінші күн / Третий день", "OTHER", 3, "10:00", 60, null));
    bad.add(ForumSteps.session("Нөл минут / Ноль минут", "OTHER", 1, "10:00", 0, null));
    bad.add(ForumSteps.session("Түнге дейін / До ночи", "OTHER", 1, "23:30", 60, null));
    bad.add(ForumSteps.session("Уақыт / Время", "OTHER", 1, "9.30", 60, null));
    assertThatThrownBy(() -> forums.plan("organiser", ForumSteps.forum("JAMBYL", FIRST_DAY, bad)))
        .hasMessageContaining("sessions[6].day").hasMessageContaining("sessions[7].durationMinutes")
        .hasMessageContaining("sessions[8].durationMinutes").hasMessageContaining("sessions[9].startsAt");
    Map<String, Object> reversed = ForumSteps.forum("JAMBYL", FIRST_DAY, ForumSteps.programme());
    reversed.put("lastDay", FIRST_DAY.minusDays(1).toString());
    assertThatThrownBy(() -> forums.plan("organiser", reversed)).hasMessageContaining("lastDay");
    assertThat(records.list(null)).hasSize((int) before);
  }

  @Test
  void registrationAttendanceFeedbackAndTheSummaryThenTheOrganiserClosesTheForum() {
    ProcessInstance instance = planned();
    String number = instance.getBusinessKey();
    assertThat(forums.registerCsv(number, ForumSteps.directorsCsv(1, 30), "organiser").accepted()).isEqualTo(30);
    forums.registerInTask("organiser", instance, List.of(Map.of("fullName", "Сейітова Айгүл", "position",
        "Директордың орынбасары / Заместитель директора", "organisation", "№ 5 мектеп-лицей", "district",
        "Тараз қаласы", "email", "aigul@example.kz")), false);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RegisterForumParticipants");
    assertThat(participants.count(number)).isEqualTo(31);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "registeredCount")).isEqualTo(31);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "participants")).isNull();

    forums.closeRegistration("organiser", instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RecordForumAttendance", "Task_CloseForumFeedback");
    assertThat(records.get(number).status()).isEqualTo(RegionalForum.HELD);

    forums.recordDay("organiser", instance, FIRST_DAY, "3 5 7", false);
    forums.recordDay("organiser", instance, FIRST_DAY, "3 5", false);
    forums.recordDay("organiser", instance, FIRST_DAY.plusDays(1), "3", true);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CloseForumFeedback");

    List<Link> links = feedback.issueLinks(number, "organiser");
    assertThat(links).hasSize(31);
    feedback.submit(links.get(0).token(), Map.of("forumRating", 5, "comments", "Пайдалы / Полезно",
        "sessions", List.of(Map.of("sessionNo", 5, "rating", 5), Map.of("sessionNo", 4, "rating", 3))));
    feedback.submit(links.get(1).token(), Map.of("forumRating", 4,
        "sessions", List.of(Map.of("sessionNo", 5, "rating", 4))));
    forums.closeFeedback("organiser", instance);

    Forum closing = records.get(number);
    assertThat(closing.feedbackClosedBy()).isEqualTo("organiser");
    assertThat(closing.takesFeedback(Instant.now())).isFalse();
    assertThatThrownBy(() -> feedback.submit(links.get(2).token(), Map.of("forumRating", 3)))
        .isInstanceOf(kz.edu.leaders.web.Refusal.class)
        .satisfies(e -> assertThat(((kz.edu.leaders.web.Refusal) e).status()).isEqualTo(409));
    assertThat(feedback.sheet(links.get(2).token()).open()).isFalse();
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviewForumSummary");
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    Map<String, Object> shown = engine.getTaskService().getVariables(review.getId());
    assertThat((String) shown.get("forumSummary")).contains(FIRST_DAY + ": қатысты / присутствовали 29")
        .contains(FIRST_DAY.plusDays(1) + ": қатысты / присутствовали 30").contains("Пайдалы / Полезно")
        .contains("4.50 / 5 (2)");
    assertThat(shown).containsEntry("feedbackCount", 2).containsEntry("forumRating", "4.50 / 5");

    ForumSummary.Summary summary = summaries.of(number);
    assertThat(summary.attendance()).extracting(ForumSummary.DayAttendance::absent).containsExactly(2, 1);
    assertThat(summary.sessions().get(4).count()).isEqualTo(2);
    assertThat(summary.sessions().get(4).mean()).isEqualByComparingTo("4.5");
    assertThat(summary.sessions().get(0).count()).isZero();

    forums.complete("organiser", instance, "Task_ReviewForumSummary", Map.of("conclusion",
        "Келесі форумда фасилитацияға көбірек уақыт / Больше времени на фасилитацию", "closeForum", true));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ForumClosed");
    Forum closed = records.get(number);
    assertThat(closed.status()).isEqualTo(RegionalForum.CLOSED);
    assertThat(closed.closedBy()).isEqualTo("organiser");
    assertThat(closed.conclusion()).contains("фасилитацию");
  }

  @Test
  void theTimerClosesTheFeedbackWindowAfterTheLastDayAndTheReviewWaitsForTheAttendance() {
    ProcessInstance instance = planned();
    String number = instance.getBusinessKey();
    forums.registerCsv(number, ForumSteps.directorsCsv(1, 5), "organiser");
    forums.closeRegistration("organiser", instance);

    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(records.get(number).feedbackClosesAt());
    assertThat(timer.getDuedate()).isAfter(java.sql.Date.valueOf(FIRST_DAY.plusDays(1).plusDays(7)));
    engine.getManagementService().executeJob(timer.getId());

    Forum forum = records.get(number);
    assertThat(forum.feedbackClosedAt()).isNotNull();
    assertThat(forum.feedbackClosedBy()).isNull();
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RecordForumAttendance").hasPassed("Task_CloseFeedback");

    assertThatThrownBy(() -> forums.recordDay("organiser", instance, FIRST_DAY.plusDays(2), "1", true))
        .hasMessageContaining("attendanceDay");
    assertThatThrownBy(() -> forums.recordDay("organiser", instance, FIRST_DAY, "2 6 99", true))
        .hasMessageContaining("absentees").hasMessageContaining("6, 99");
    assertThat(records.days(number)).isEmpty();
    forums.recordDay("organiser", instance, FIRST_DAY, "2", true);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviewForumSummary");
  }
}
