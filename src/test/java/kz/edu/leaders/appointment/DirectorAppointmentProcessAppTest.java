package kz.edu.leaders.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.appointment.competition.CompetitionDriver;
import kz.edu.leaders.appointment.competition.CompetitionRepository;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AppTest
class DirectorAppointmentProcessAppTest {

  @Autowired ProcessEngine engine;
  @Autowired AppointmentDriver appointment;
  @Autowired AppointmentOrderRepository orders;
  @Autowired JdbcTemplate jdbc;

  static final String TODAY = LocalDate.now().toString();

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    // Reservists of earlier tests would compete with this test's: each test starts from an empty Turkistan reserve.
    jdbc.update("UPDATE reserve_entry SET status = 'ARCHIVED' WHERE region = 'TURKISTAN' AND status = 'ACTIVE'");
    // So would the members of Turkistan's talent pool, who are offered posts without competition too.
    jdbc.update("UPDATE pool_entry SET status = 'ARCHIVED' WHERE region = 'TURKISTAN' AND status = 'ACTIVE'");
  }

  @Nested
  class Registration {

    @Test
    void aVacancyIsRecordedUnderTheRulesOfItsDateAndWaitsForBothDepartments() {
      ProcessInstance instance = appointment.registerTurkistanDirectorPost();

      assertThat(instance.getBusinessKey()).matches("VC-\\d{4}-\\d{6}");
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AssignActingHead", "Task_ChoosePath",
          "Timer_RegionalActionDeadline");
      BpmnAwareTests.assertThat(instance).task("Task_AssignActingHead").hasCandidateGroup("district-officers-turkistan");
      BpmnAwareTests.assertThat(instance).task("Task_ChoosePath").hasCandidateGroup("regional-officers-turkistan");
      VacancyRepository.Vacancy record = appointment.record(instance);
      assertThat(record.status()).isEqualTo("OPEN");
      assertThat(record.legalBasis()).isEqualTo("JOINT_ORDER_57_96_2025");
      assertThat(appointment.events(instance)).containsExactly("REGISTERED", "LEGAL_BASIS");
    }

    @Test
    void aPostVacatedBefore15April2025FallsUnderOrder57Of2012() {
      ProcessInstance instance = appointment.register("district",
          AppointmentDriver.directorVacancy("TURKISTAN", "2025-04-14"));

      assertThat(appointment.record(instance).legalBasis()).isEqualTo("ORDER_57_2012");
    }

    @Test
    void fromThe15thOfAprilTheJointOrderApplies() {
      ProcessInstance instance = appointment.register("district",
          AppointmentDriver.directorVacancy("TURKISTAN", "2025-04-15"));

      assertThat(appointment.record(instance).legalBasis()).isEqualTo("JOINT_ORDER_57_96_2025");
    }

    @Test
    void aDistrictOfficerRegistersOnlyVacanciesOfTheirOwnRegion() {
      assertThatThrownBy(() -> appointment.register("district", AppointmentDriver.directorVacancy("ALMATY", TODAY)))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("region: you register vacancies of your own region only");
    }

    @Test
    void aVacancyInTheFutureOrWithoutASchoolIsRefusedWithEveryField() {
      Map<String, Object> vacancy = AppointmentDriver.directorVacancy("TURKISTAN", LocalDate.now().plusDays(3).toString());
      vacancy.put("school", "");
      vacancy.put("post", "JANITOR");

      assertThatThrownBy(() -> appointment.register("district", vacancy))
          .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors())
              .extracting(kz.edu.leaders.common.FieldError::field)
              .containsExactlyInAnyOrder("school", "post", "vacatedOn"));
    }
  }

  @Nested
  class ReservistPath {

    @Test
    void theOfficerSeesTheRegionsReservistsOfTheRightLevelBestFirst() {
      String good = appointment.reservist("TURKISTAN", "DIRECTOR", 81.5);
      String best = appointment.reservist("TURKISTAN", "DIRECTOR", 90.25);
      String deputyLevel = appointment.reservist("TURKISTAN", "DEPUTY_DIRECTOR", 99);
      String otherRegion = appointment.reservist("ALMATY", "DIRECTOR", 99);

      ProcessInstance instance = appointment.registerTurkistanDirectorPost();

      String options = engine.getRuntimeService().getVariable(instance.getId(), "reservistOptions").toString();
      assertThat(options).contains(best, good).doesNotContain(deputyLevel, otherRegion);
      assertThat(options.indexOf(best)).isLessThan(options.indexOf(good));
      assertThat(engine.getRuntimeService().getVariable(instance.getId(), "reservistsAvailable")).isEqualTo(2);
    }

    @Test
    void anAcceptingReservistIsAppointedByOrderAndLeavesTheActiveReserve() {
      String reservist = appointment.reservist("TURKISTAN", "DIRECTOR", 88);
      ProcessInstance instance = appointment.registerTurkistanDirectorPost();

      appointment.offerToReservist(instance, reservist);
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RecordReservistAnswer");
      appointment.reservistAnswers(instance, "ACCEPTED");

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_IssueOrder", "EndEvent_PostFilled");
      AppointmentOrderRepository.Order order = orders.forVacancy(instance.getBusinessKey()).orElseThrow();
      assertThat(order.number()).matches("AO-\\d{4}-\\d{6}");
      assertThat(order.path()).isEqualTo("RESERVIST");
      assertThat(order.certificateNumber()).isEqualTo(reservist);
      assertThat(order.legalBasis()).isEqualTo("JOINT_ORDER_57_96_2025");
      assertThat(appointment.reserveStatus(reservist)).isEqualTo("APPOINTED");
      VacancyRepository.Vacancy record = appointment.record(instance);
      assertThat(record.status()).isEqualTo("FILLED");
      assertThat(record.outcomeReason()).contains(order.number(), "Совместный приказ № 57 / № 96");
      // The acting head's and the deadline's branches end with the case.
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void afterADeclineTheOfficerOffersThePostToAnotherReservistWhoAccepts() {
      String first = appointment.reservist("TURKISTAN", "DIRECTOR", 95);
      String second = appointment.reservist("TURKISTAN", "DIRECTOR", 80);
      ProcessInstance instance = appointment.registerTurkistanDirectorPost();

      appointment.offerToReservist(instance, first);
      appointment.reservistAnswers(instance, "DECLINED");

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ChoosePath");
      String options = engine.getRuntimeService().getVariable(instance.getId(), "reservistOptions").toString();
      assertThat(options).contains(second).doesNotContain(first);
      assertThat(appointment.reserveStatus(first)).isEqualTo("ACTIVE");
      assertThatThrownBy(() -> appointment.offerToReservist(instance, first))
          .hasMessageContaining("reservistCertificate: is not an active reservist who may be offered this post");

      appointment.offerToReservist(instance, second);
      appointment.reservistAnswers(instance, "ACCEPTED");

      BpmnAwareTests.assertThat(instance).isEnded();
      assertThat(orders.forVacancy(instance.getBusinessKey()).orElseThrow().certificateNumber()).isEqualTo(second);
      assertThat(appointment.events(instance)).containsSubsequence("OFFERED_TO_RESERVIST", "RESERVIST_DECLINED",
          "OFFERED_TO_RESERVIST", "RESERVIST_ACCEPTED", "ORDER_ISSUED", "FILLED");
    }

    @Test
    void aReservistWithAnOfferPendingElsewhereIsNotOfferedASecondPost() {
      String reservist = appointment.reservist("TURKISTAN", "DIRECTOR", 91);
      ProcessInstance first = appointment.registerTurkistanDirectorPost();
      appointment.offerToReservist(first, reservist);

      ProcessInstance second = appointment.registerTurkistanDirectorPost();

      assertThat(engine.getRuntimeService().getVariable(second.getId(), "reservistsAvailable")).isEqualTo(0);
    }

    @Test
    void twoOfficersOfferingTheSameReservistAtOnceCannotBothSucceed(@Autowired ReservistRepository reservists) {
      String reservist = appointment.reservist("TURKISTAN", "DIRECTOR", 90);
      ProcessInstance first = appointment.registerTurkistanDirectorPost();
      ProcessInstance second = appointment.registerTurkistanDirectorPost();
      // Both forms listed the reservist as free; the first offer lands.
      appointment.offerToReservist(first, reservist);

      assertThatThrownBy(() -> reservists.offer(second.getBusinessKey(), reservist, LocalDate.now(), "regional"))
          .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
      appointment.reservistAnswers(first, "DECLINED");
      reservists.offer(second.getBusinessKey(), reservist, LocalDate.now(), "regional");
    }

    @Test
    void withoutAReservistTheOfficerMustOpenACompetition() {
      ProcessInstance instance = appointment.registerTurkistanDirectorPost();

      assertThatThrownBy(() -> appointment.offerToReservist(instance, "RR-2025-NOBODY"))
          .hasMessageContaining("appointmentPath: no active reservist of this level is available");
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ChoosePath");

      appointment.openCompetition(instance);

      BpmnAwareTests.assertThat(instance).isWaitingAt("CallActivity_OpenCompetition");
      assertThat(appointment.record(instance).path()).isEqualTo("COMPETITION");
    }
  }

  @Nested
  class CompetitionPath {

    @Autowired CompetitionDriver competition;

    @AfterEach
    void resetClock() {
      ClockUtil.reset();
    }

    ProcessInstance competitionOpened() {
      ProcessInstance instance = appointment.registerTurkistanDirectorPost();
      appointment.openCompetition(instance);
      appointment.runJobs(instance);
      return instance;
    }

    /** The announcement draws no application: the competition ends without a winner. */
    void nobodyApplies(ProcessInstance instance) {
      String vacancy = instance.getBusinessKey();
      competition.announce(vacancy);
      competition.applicationsClose(vacancy);
      competition.recordApplications(vacancy, List.of());
      ClockUtil.reset();
      appointment.runJobs(instance);
    }

    @Test
    void theCompetitionsWinnerIsAppointedByOrder() {
      ProcessInstance instance = competitionOpened();
      BpmnAwareTests.assertThat(instance).isWaitingAt("CallActivity_OpenCompetition");

      CompetitionResults.Winner winner = competition.runToWinner(instance.getBusinessKey());
      appointment.runJobs(instance);

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Gateway_CompetitionOutcome", "EndEvent_PostFilled");
      AppointmentOrderRepository.Order order = orders.forVacancy(instance.getBusinessKey()).orElseThrow();
      assertThat(order.path()).isEqualTo("COMPETITION");
      assertThat(order.candidateId()).isEqualTo(winner.candidateId());
      assertThat(order.appointeeName()).isEqualTo(winner.fullName());
      assertThat(appointment.record(instance).status()).isEqualTo("FILLED");
    }

    @Test
    void withoutAWinnerTheCompetitionIsAnnouncedAgainUpToTheLimitThenTheRegionalHeadDecides() {
      ProcessInstance instance = competitionOpened();

      nobodyApplies(instance);
      assertThat(competition.instance(instance.getBusinessKey())).as("second announcement").isNotNull();
      nobodyApplies(instance);
      nobodyApplies(instance);

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_HeadDecidesAfterFailedCompetitions");
      BpmnAwareTests.assertThat(instance).task("Task_HeadDecidesAfterFailedCompetitions")
          .hasCandidateGroup("regional-heads-turkistan");
      assertThat(engine.getRuntimeService().getVariable(instance.getId(), "competitionAttempts")).isEqualTo(3);

      appointment.complete("regionalhead", instance, "Task_HeadDecidesAfterFailedCompetitions",
          Map.of("headDecision", "REANNOUNCE", "headReason", "One more announcement, in the regional press too."));
      appointment.runJobs(instance);
      nobodyApplies(instance);

      // Past the limit every further failure goes to the head again.
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_HeadDecidesAfterFailedCompetitions");
      appointment.complete("regionalhead", instance, "Task_HeadDecidesAfterFailedCompetitions",
          Map.of("headDecision", "CLOSE", "headReason", "The school merges with School No. 3 from September."));

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_VacancyClosed");
      VacancyRepository.Vacancy record = appointment.record(instance);
      assertThat(record.status()).isEqualTo("CLOSED");
      assertThat(record.outcomeReason()).isEqualTo("The school merges with School No. 3 from September.");
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM competition WHERE vacancy_number = ?", Integer.class,
          instance.getBusinessKey())).isEqualTo(4);
    }

    @Test
    void afterFailedCompetitionsTheHeadMayHaveThePostOfferedToAReservist() {
      ProcessInstance instance = competitionOpened();
      for (int i = 0; i < 3; i++) {
        nobodyApplies(instance);
      }
      String reservist = appointment.reservist("TURKISTAN", "DIRECTOR", 84);

      appointment.complete("regionalhead", instance, "Task_HeadDecidesAfterFailedCompetitions",
          Map.of("headDecision", "RESERVIST", "headReason", "A reservist from this year's cohort is now available."));

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ChoosePath");
      appointment.offerToReservist(instance, reservist);
      appointment.reservistAnswers(instance, "ACCEPTED");
      BpmnAwareTests.assertThat(instance).isEnded();
      assertThat(orders.forVacancy(instance.getBusinessKey()).orElseThrow().path()).isEqualTo("RESERVIST");
    }

    @Test
    void aHeadsDecisionWithoutAReasonIsRefused() {
      ProcessInstance instance = competitionOpened();
      for (int i = 0; i < 3; i++) {
        nobodyApplies(instance);
      }

      assertThatThrownBy(() -> appointment.complete("regionalhead", instance, "Task_HeadDecidesAfterFailedCompetitions",
          Map.of("headDecision", "GIVE_UP", "headReason", "no")))
          .hasMessageContaining("headDecision: must be one of [REANNOUNCE, RESERVIST, CLOSE]")
          .hasMessageContaining("headReason: must be at least 10 characters");
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_HeadDecidesAfterFailedCompetitions");
    }
  }

  @Nested
  class ActingHead {

    @Test
    void anActingTermLongerThanThreeMonthsIsRefused() {
      ProcessInstance instance = appointment.registerTurkistanDirectorPost();
      LocalDate from = LocalDate.now();

      assertThatThrownBy(() -> appointment.assignActingHead(instance, from.toString(), from.plusMonths(3).plusDays(1).toString()))
          .hasMessageContaining("actingUntil: an acting head serves at most 3 months");
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AssignActingHead");
    }

    @Test
    void theActingHeadIsAssignedOnceAndTheDistrictIsRemindedBeforeTheLimit() {
      ProcessInstance instance = appointment.registerTurkistanDirectorPost();
      LocalDate from = LocalDate.now().minusDays(1);

      appointment.assignActingHead(instance, from.toString(), from.plusMonths(3).toString());

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ActingHeadInOffice");
      assertThat(appointment.record(instance).actingUntil()).isEqualTo(from.plusMonths(3));
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey("Task_AssignActingHead").count()).isZero();

      appointment.timerFires(instance, "Timer_ActingTermReminder");
      BpmnAwareTests.assertThat(instance).task("Task_ActingTermReminder").hasCandidateGroup("district-officers-turkistan");
      appointment.complete("district", instance, "Task_ActingTermReminder",
          Map.of("instruction", "Competition announced; the interview is planned before the term ends."));
      assertThat(appointment.events(instance)).contains("ACTING_TERM_REMINDER_ANSWERED");
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ActingHeadInOffice");
    }

    @Test
    void atTheThreeMonthLimitTheRegionalHeadIsAskedToInstruct() {
      ProcessInstance instance = appointment.registerTurkistanDirectorPost();
      LocalDate from = LocalDate.now();
      appointment.assignActingHead(instance, from.toString(), from.plusMonths(3).toString());

      appointment.timerFires(instance, "Timer_ActingTermLimit");

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ActingTermExpired");
      BpmnAwareTests.assertThat(instance).task("Task_ActingTermExpired").hasCandidateGroup("regional-heads-turkistan");
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
          .activityId("Timer_ActingTermReminder").count()).isZero();
      appointment.complete("regionalhead", instance, "Task_ActingTermExpired",
          Map.of("instruction", "Hold the interview this week; no second acting head."));
      assertThat(appointment.events(instance)).contains("ACTING_TERM_EXPIRED_INSTRUCTION");
    }

    @Test
    void theRecordAcceptsOneActingHeadOnly(@Autowired VacancyRepository vacancies) {
      ProcessInstance instance = appointment.registerTurkistanDirectorPost();
      appointment.assignActingHead(instance, TODAY, LocalDate.now().plusMonths(2).toString());

      assertThat(vacancies.assignActingHead(instance.getBusinessKey(), "Someone Else", "Teacher", LocalDate.now(),
          LocalDate.now().plusMonths(1), "district")).isFalse();
      assertThat(appointment.record(instance).actingHeadName()).isEqualTo("Сериков Нурлан");
    }
  }

  @Nested
  class RegionalDeadline {

    @Test
    void whenTheDepartmentActedInTimeNothingIsEscalated() {
      ProcessInstance instance = appointment.registerTurkistanDirectorPost();
      appointment.openCompetition(instance);

      appointment.timerFires(instance, "Timer_RegionalActionDeadline");

      BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_ActedInTime").hasNotPassed("Task_RegionalInactionEscalation");
    }

    @Test
    void afterFiveWorkingDaysWithoutActionTheRegionalHeadGetsATaskThatClosesWhenTheDepartmentActs() {
      appointment.reservist("TURKISTAN", "DIRECTOR", 77);
      ProcessInstance instance = appointment.registerTurkistanDirectorPost();

      appointment.timerFires(instance, "Timer_RegionalActionDeadline");

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RegionalInactionEscalation", "Task_ChoosePath");
      BpmnAwareTests.assertThat(instance).task("Task_RegionalInactionEscalation")
          .hasCandidateGroup("regional-heads-turkistan");

      appointment.openCompetition(instance);

      BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_DepartmentActedLate");
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey("Task_RegionalInactionEscalation").count()).isZero();
    }

    @Test
    void theHeadHandsTheOverdueTaskToAResponsibleOfficer() {
      ProcessInstance instance = appointment.registerTurkistanDirectorPost();
      appointment.timerFires(instance, "Timer_RegionalActionDeadline");

      assertThatThrownBy(() -> appointment.complete("regionalhead", instance, "Task_RegionalInactionEscalation",
          Map.of("instruction", "Act today, please.", "responsibleOfficer", "regional2")))
          .hasMessageContaining("responsibleOfficer: must be an officer of the vacancy's regional department");
      appointment.complete("regionalhead", instance, "Task_RegionalInactionEscalation",
          Map.of("instruction", "Act today, please.", "responsibleOfficer", "regional"));

      BpmnAwareTests.assertThat(instance).task("Task_ChoosePath").isAssignedTo("regional");
      BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_InstructionGiven");
      assertThat(appointment.events(instance)).contains("INACTION_ESCALATION_ANSWERED");
    }
  }

  @Nested
  class Access {

    @Test
    void anOfficerOfAnotherRegionSeesNoneOfTheCasesTasks() {
      ProcessInstance instance = appointment.registerTurkistanDirectorPost();

      assertThat(appointment.visibleTask("regional", instance, "Task_ChoosePath")).isNotNull();
      assertThat(appointment.visibleTask("regional2", instance, "Task_ChoosePath")).isNull();
      assertThat(appointment.visibleTask("regional2", instance, "Task_AssignActingHead")).isNull();
      assertThatThrownBy(() -> appointment.complete("regional2", instance, "Task_ChoosePath",
          Map.of("appointmentPath", "COMPETITION")))
          .hasMessageContaining("regional2 sees no open task Task_ChoosePath");
      assertThat(appointment.record(instance).path()).isNull();
    }

    @Test
    void theCompetitionsTasksStayInTheRegionAndObserversActOnNothing(@Autowired CompetitionDriver competition) {
      ProcessInstance instance = appointment.registerTurkistanDirectorPost();
      appointment.openCompetition(instance);
      appointment.runJobs(instance);
      ProcessInstance called = competition.instance(instance.getBusinessKey());

      assertThat(appointment.visibleTask("regional", called, "Task_PublishAnnouncement")).isNotNull();
      assertThat(appointment.visibleTask("regional2", called, "Task_PublishAnnouncement")).isNull();
      assertThat(appointment.visibleTask("observer", called, "Task_PublishAnnouncement")).isNull();
      assertThat(appointment.visibleTask("observer", instance, "Task_AssignActingHead")).isNull();
      // Even knowing a task's id, an observer can neither take nor complete it.
      String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey("Task_AssignActingHead").singleResult().getId();
      engine.getIdentityService().setAuthentication("observer", List.of("observers"));
      try {
        assertThatThrownBy(() -> engine.getTaskService().claim(taskId, "observer"))
            .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId))
            .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      assertThat(appointment.record(instance).actingHeadName()).isNull();
    }
  }
}
