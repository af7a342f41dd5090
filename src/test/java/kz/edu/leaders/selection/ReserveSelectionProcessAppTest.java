package kz.edu.leaders.selection;

import kz.edu.leaders.commission.InterviewRepository;
import kz.edu.leaders.reserve.ReserveRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.selection.TestResultReport.Status;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AppTest
class ReserveSelectionProcessAppTest {

  @Autowired ProcessEngine engine;
  @Autowired SelectionDriver selection;
  @Autowired JdbcTemplate jdbc;

  Map<String, Object> application;

  @BeforeEach
  void newApplication() {
    BpmnAwareTests.init(engine);
    application = TestApplications.eligibleTeacher();
  }

  String iin() {
    return (String) application.get("iin");
  }

  static Object detailValue(HistoricDetail detail) {
    if (detail instanceof HistoricFormField field) {
      return field.getFieldValue();
    }
    return ((HistoricVariableUpdate) detail).getValue();
  }

  @Nested
  class Registration {

    @Test
    void anEligibleApplicationGetsANumberAndWaitsForTheDocumentCheck() {
      ProcessInstance instance = selection.register(application);

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CheckDocuments")
          .task().hasCandidateGroup("cpe-operators-turkistan");
      assertThat(instance.getBusinessKey()).matches("RS-2026-\\d{6}");
      assertThat(selection.record(instance).stage()).isEqualTo(Stage.DOCUMENT_CHECK);
      assertThat(selection.record(instance).status()).isEqualTo("IN_PROGRESS");
      // Personal data lives in the application record, not in process variables.
      assertThat(engine.getRuntimeService().getVariables(instance.getId()))
          .doesNotContainKeys("iin", "email", "phone", "surname")
          .containsEntry("candidateName", "Абенова Айгуль Серіковна");
      // Nor does the engine's history keep what the form submitted.
      var history = engine.getHistoryService();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .includeDeleted().list()).extracting(v -> v.getName())
          .doesNotContain("iin", "email", "phone", "surname", "firstName", "patronymic").contains("region");
      assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().list())
          .extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
          .doesNotContain("iin", "email", "phone", "surname").contains("region");
      // Not as a variable, nor as the copy of a submitted form field.
      assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).list())
          .extracting(ReserveSelectionProcessAppTest::detailValue).isNotEmpty()
          .doesNotContain(iin(), application.get("surname"), application.get("email"), application.get("phone"));
    }

    @Test
    void aStartFormCannotSmuggleVariablesIntoTheProcess() {
      application.put("testPassed", true);
      application.put("returnedForCorrection", true);

      ProcessInstance instance = selection.register(application);

      assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKey("testPassed")
          .containsEntry("returnedForCorrection", false);
    }

    @Test
    void aWrongIinIsRefusedAndNothingIsSaved() {
      application.put("iin", TestApplications.withWrongCheckDigit(iin()));
      long before = applicationCount();
      long instancesBefore = startedInstances();

      assertThatThrownBy(() -> selection.register(application))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("iin: IIN check digit does not match");
      assertThat(applicationCount()).isEqualTo(before);
      assertThat(startedInstances()).isEqualTo(instancesBefore);
    }

    @Test
    void everyBadFieldIsNamed() {
      application.put("email", "not-an-email");
      application.put("phone", "8 701 123");
      application.put("pedagogicalExperienceYears", 3);
      application.put("deputyExperienceYears", 4);
      application.put("region", "ATLANTIS");

      assertThatThrownBy(() -> selection.register(application))
          .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors())
              .extracting(kz.edu.leaders.common.FieldError::field)
              .containsExactlyInAnyOrder("email", "phone", "deputyExperienceYears", "deputyExperienceYears", "region"));
    }

    @Test
    void aSecondApplicationWithTheSameIinInTheCycleIsRefused() {
      ProcessInstance first = selection.register(application);
      Map<String, Object> again = new HashMap<>(TestApplications.eligibleTeacher());
      again.put("iin", iin());

      assertThatThrownBy(() -> selection.register(again))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("already exists in cycle 2026 (" + first.getBusinessKey() + ")");
    }
  }

  @Nested
  class Eligibility {

    @Test
    void anIneligibleApplicationEndsWithEveryFailedRuleRecorded() {
      application.put("currentRole", "DEPUTY_DIRECTOR");
      application.put("pedagogicalExperienceYears", 4);
      application.put("deputyExperienceYears", 1);
      application.put("qualificationCategory", "PEDAGOGUE");

      ProcessInstance instance = selection.register(application);

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_Ineligible");
      var record = selection.record(instance);
      assertThat(record.outcome()).isEqualTo("INELIGIBLE");
      assertThat(record.stage()).isEqualTo(Stage.ELIGIBILITY);
      assertThat(record.reason()).contains("Педагогический стаж менее 5 лет",
          "Стаж в должности заместителя директора менее 2 лет", "Квалификационная категория ниже педагога-модератора");
    }

    @Test
    void anActiveReservistCannotApplyAgain() {
      jdbc.update("""
          INSERT INTO reserve_entry (certificate_number, iin, region, level, cycle_year, valid_until, status, created_at)
          VALUES (?, ?, 'TURKISTAN', 'DEPUTY_DIRECTOR', 2025, DATE '2099-12-31', 'ACTIVE', CURRENT_TIMESTAMP)""",
          "TEST-" + iin(), iin());

      ProcessInstance instance = selection.register(application);

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_Ineligible");
      assertThat(selection.record(instance).reason()).isEqualTo("Кадрлық резервте қазірдің өзінде бар / Уже состоит в кадровом резерве");
    }
  }

  @Nested
  class DocumentCheck {

    @Test
    void acceptedDocumentsAndAPassedTestBringTheCandidateToTraining() {
      ProcessInstance instance = selection.register(application);
      selection.checkDocuments(instance, "accept", null);
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_WaitForTestResult");
      assertThat(selection.record(instance).stage()).isEqualTo(Stage.TEST);

      TestResultReport report = selection.deliverTestResult(iin(), 80, 75, 70, 90);

      assertThat(report.rows()).extracting(TestResultReport.RowResult::status).containsExactly(Status.ACCEPTED);
      BpmnAwareTests.assertThat(instance).hasPassed("Task_ScoreTest").isWaitingAt("Task_AssignInternship")
          .task().hasCandidateGroup("cpe-coordinators");
      var record = selection.record(instance);
      assertThat(record.outcome()).isNull();
      assertThat(record.stage()).isEqualTo(Stage.TRAINING);
      assertThat(record.testOverall()).isEqualByComparingTo(new BigDecimal("78.75"));
      assertThat(selection.decisions(instance)).singleElement()
          .satisfies(d -> assertThat(d.decidedBy()).isEqualTo("operator"))
          .satisfies(d -> assertThat(d.decision()).isEqualTo("accept"));
    }

    @Test
    void rejectionNeedsAReasonAndThenEndsTheApplicationWithIt() {
      ProcessInstance instance = selection.register(application);

      assertThatThrownBy(() -> selection.checkDocuments(instance, "reject", null))
          .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("documentDecisionReason: is required");
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CheckDocuments");
      assertThat(selection.decisions(instance)).isEmpty();

      selection.checkDocuments(instance, "reject", "Diploma is not a pedagogical one");

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_DocumentsRejected");
      assertThat(selection.record(instance).outcome()).isEqualTo("REJECTED_DOCUMENTS");
      assertThat(selection.record(instance).reason()).isEqualTo("Diploma is not a pedagogical one");
    }

    @Test
    void anUnknownDecisionIsRefusedAndChangesNothing() {
      ProcessInstance instance = selection.register(application);

      assertThatThrownBy(() -> selection.checkDocuments(instance, "approve-everything", null))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("documentDecision: must be one of [accept, return, reject]");
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CheckDocuments");
      assertThat(engine.getRuntimeService().getVariable(instance.getId(), "documentDecision")).isNull();
    }

    @Test
    void returnedDocumentsComeBackCorrectedToASecondCheck() {
      ProcessInstance instance = selection.register(application);
      selection.checkDocuments(instance, "return", "Copy of the diploma is unreadable");

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReceiveCorrectedDocuments");
      assertThat(selection.task(instance).getDueDate()).isInTheFuture();
      assertThat(selection.record(instance).stage()).isEqualTo(Stage.DOCUMENT_CORRECTION);

      selection.completeAs("operator", instance, Map.of("correctionNote", "Readable copy received by e-mail"));

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CheckDocuments");
      assertThatThrownBy(() -> selection.checkDocuments(instance, "return", "Still unreadable"))
          .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("already returned once");

      selection.checkDocuments(instance, "accept", null);

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_WaitForTestResult");
      assertThat(selection.decisions(instance)).extracting(ApplicationRepository.Decision::decision)
          .containsExactly("return", "corrected", "accept");
    }

    @Test
    void aForgedVariableCannotBuyASecondReturn() {
      ProcessInstance instance = selection.register(application);
      selection.checkDocuments(instance, "return", "Copy of the diploma is unreadable");
      selection.completeAs("operator", instance, Map.of("correctionNote", "Readable copy received"));

      assertThatThrownBy(() -> selection.completeAs("operator", instance, Map.of("documentDecision", "return",
          "documentDecisionReason", "Still unreadable", "returnedForCorrection", false)))
          .hasMessageContaining("already returned once");
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CheckDocuments");
    }

    @Test
    void documentsNotCorrectedByTheDeadlineEndTheApplication() {
      ProcessInstance instance = selection.register(application);
      selection.checkDocuments(instance, "return", "Copy of the diploma is unreadable");

      selection.deadlinePasses(instance);

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Timer_CorrectionDeadline", "EndEvent_CorrectionOverdue");
      assertThat(selection.record(instance).outcome()).isEqualTo("CORRECTION_OVERDUE");
      assertThat(selection.record(instance).stage()).isEqualTo(Stage.DOCUMENT_CORRECTION);
    }
  }

  @Nested
  class CompetencyTest {

    ProcessInstance waitingForTest() {
      ProcessInstance instance = selection.register(application);
      selection.checkDocuments(instance, "accept", null);
      return instance;
    }

    @Test
    void aFailedTestEndsTheApplicationWithTheScoresAndTheShortfall() {
      ProcessInstance instance = waitingForTest();

      selection.deliverTestResult(iin(), 95, 40, 90, 90);

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_TestFailed");
      var record = selection.record(instance);
      assertThat(record.outcome()).isEqualTo("TEST_FAILED");
      assertThat(record.testOverall()).isEqualByComparingTo(new BigDecimal("78.75"));
      assertThat(record.reason()).endsWith(" / Тест компетенций не сдан; блок «менеджмент»: 40% ниже минимума 50%");
    }

    @Test
    void noResultByTheDeadlineIsANoShow() {
      ProcessInstance instance = waitingForTest();

      selection.deadlinePasses(instance);

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_TestNoShow");
      assertThat(selection.record(instance).outcome()).isEqualTo("TEST_NO_SHOW");
    }

    @Test
    void aResultForAnApplicationNotWaitingForOneIsReportedAndChangesNothing() {
      ProcessInstance instance = selection.register(application);

      TestResultReport report = selection.deliverTestResult(iin(), 80, 80, 80, 80);

      assertThat(report.rows()).extracting(TestResultReport.RowResult::status)
          .containsExactly(Status.NOT_AWAITING_RESULT);
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CheckDocuments");
      assertThat(jdbc.queryForObject("SELECT test_received_at FROM application WHERE application_number = ?",
          java.sql.Timestamp.class, instance.getBusinessKey())).isNull();
    }
  }

  @Nested
  class TrainingAndInternship {

    @Autowired InternshipRepository internships;

    @Test
    void onlyTheAssignedMentorEvaluatesAndAGoodRubricPasses() {
      ProcessInstance instance = selection.admittedToTraining(application);
      assertThat(engine.getRuntimeService().getVariable(instance.getId(), "mentorOptions").toString())
          .contains("\"value\":\"mentor\"");

      selection.assignInternship(instance, "mentor", "2026-10-01", "2026-12-15");

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_EvaluateInternship").task().isAssignedTo("mentor");
      assertThat(selection.task(instance).getDueDate()).isNotNull();
      assertThat(selection.record(instance).stage()).isEqualTo(Stage.INTERNSHIP);
      // Another mentor does not even see the task: the engine's authorization hides it.
      assertThatThrownBy(() -> selection.evaluateInternship("mentor2", instance, 5, 5, 5, 5, 5))
          .hasMessage("mentor2 sees no open task of " + instance.getBusinessKey() + " to take");
      String taskId = selection.task(instance).getId();
      engine.getIdentityService().setAuthentication("mentor2", List.of("mentors"));
      try {
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId))
            .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }

      selection.evaluateInternship("mentor", instance, 4, 4, 3, 4, 5);

      BpmnAwareTests.assertThat(instance).hasPassed("Task_ScoreInternship").isWaitingAt("Task_AssessReport");
      assertThat(selection.record(instance).outcome()).isNull();
      assertThat(selection.record(instance).stage()).isEqualTo(Stage.FINAL_ASSESSMENT);
      var internship = internships.find(instance.getBusinessKey()).orElseThrow();
      assertThat(internship.mean()).isEqualByComparingTo("4.00");
      assertThat(internship.evaluatedBy()).isEqualTo("mentor");
      assertThat(internship.scores()).startsWith("көшбасшылық және пайым: 4;").contains(" / лидерство и видение: 4;");
    }

    @Test
    void aWeakInternshipEndsTheApplicationWithTheReasons() {
      ProcessInstance instance = selection.admittedToTraining(application);
      selection.assignInternship(instance, "mentor", "2026-10-01", "2026-12-15");

      selection.evaluateInternship("mentor", instance, 4, 4, 1, 3, 3);

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_InternshipFailed");
      var record = selection.record(instance);
      assertThat(record.outcome()).isEqualTo("INTERNSHIP_FAILED");
      assertThat(record.stage()).isEqualTo(Stage.INTERNSHIP);
      assertThat(record.reason()).endsWith(" / Стажировка не пройдена; средний балл по рубрике 3 ниже порогового балла 3.5; "
          + "критерий «работа с коллективом»: 1 балл(а), ниже минимума 2");
    }

    @Test
    void anInternshipMustEndAfterItStartsAndHaveARealMentor() {
      ProcessInstance instance = selection.admittedToTraining(application);

      assertThatThrownBy(() -> selection.assignInternship(instance, "mentor", "2026-12-15", "2026-12-15"))
          .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("internshipEnd: must be after the start date");
      assertThatThrownBy(() -> selection.assignInternship(instance, "operator", "2026-10-01", "2026-12-15"))
          .hasMessageContaining("mentorId: 'operator' is not a mentor (group mentors)");
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AssignInternship");
      assertThat(internships.find(instance.getBusinessKey())).isEmpty();
    }

    @Test
    void rubricScoresOutsideOneToFiveAreRefused() {
      ProcessInstance instance = selection.admittedToTraining(application);
      selection.assignInternship(instance, "mentor", "2026-10-01", "2026-12-15");

      assertThatThrownBy(() -> selection.evaluateInternship("mentor", instance, 6, 4, 4, 4, 0))
          .hasMessageContaining("rubricLeadership: must be between 1 and 5")
          .hasMessageContaining("rubricReflection: must be between 1 and 5");
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_EvaluateInternship");
    }
  }

  @Nested
  class FinalAssessment {

    @Autowired ReportAssessmentRepository assessments;

    List<org.camunda.bpm.engine.task.Task> assessmentTasks(ProcessInstance instance) {
      return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKeyIn("Task_AssessReport", "Task_ThirdAssessment").list();
    }

    @Test
    void twoAssessorsWhoAgreeDecideByTheirMean() {
      ProcessInstance instance = selection.admittedToFinalAssessment(application);
      assertThat(assessmentTasks(instance)).hasSize(2)
          .allSatisfy(task -> assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
              .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("cpe-assessors")));

      selection.assess("assessor", instance, 20, 20, 20, 15);
      // The first score is on record only: nothing for the second assessor's form to show.
      assertThat(engine.getRuntimeService().getVariables(instance.getId()))
          .doesNotContainKeys("reportAnalysis", "reportImpact", "reportEvidence", "reportReflection", "assessmentComment");
      selection.assess("assessor2", instance, 18, 20, 17, 15);

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CommissionInterview").hasNotPassed("Task_ThirdAssessment");
      selection.runJobs(instance);
      var record = selection.record(instance);
      assertThat(record.stage()).isEqualTo(Stage.INTERVIEW);
      assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), "outcomeReason"))
          .endsWith(" / Итоговое оценивание 72.5 (среднее из 75 и 70)");
      assertThat(assessments.forApplication(instance.getBusinessKey()))
          .extracting(ReportAssessmentRepository.Assessment::assessorId).containsExactly("assessor", "assessor2");
    }

    @Test
    void divergentScoresCallAThirdAssessorAndTheClosestTwoCount() {
      ProcessInstance instance = selection.admittedToFinalAssessment(application);
      selection.assess("assessor", instance, 20, 20, 20, 20);
      selection.assess("assessor2", instance, 15, 10, 15, 10);

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ThirdAssessment");
      assertThatThrownBy(() -> selection.claimAssessment("assessor2", instance))
          .hasMessageContaining("each assessment of " + instance.getBusinessKey() + " needs a different assessor");

      selection.assess("assessor3", instance, 20, 15, 20, 15);

      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CommissionInterview");
      assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), "outcomeReason"))
          .endsWith(" / Итоговое оценивание 75 (среднее двух ближайших из 80, 50 и 70: 80 и 70)");
    }

    @Test
    void onePersonCannotTakeBothCopies() {
      ProcessInstance instance = selection.admittedToFinalAssessment(application);
      List<org.camunda.bpm.engine.task.Task> copies = assessmentTasks(instance);
      engine.getTaskService().claim(copies.get(0).getId(), "assessor");

      assertThatThrownBy(() -> engine.getTaskService().claim(copies.get(1).getId(), "assessor"))
          .hasMessageContaining("assessor already assesses this report");
      assertThat(engine.getTaskService().createTaskQuery().taskId(copies.get(1).getId()).singleResult().getAssignee())
          .isNull();
    }

    @Test
    void lowScoresEndTheApplication() {
      ProcessInstance instance = selection.admittedToFinalAssessment(application);
      selection.assess("assessor", instance, 10, 10, 10, 10);
      selection.assess("assessor2", instance, 12, 10, 12, 11);

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_FinalAssessmentFailed");
      assertThat(selection.record(instance).outcome()).isEqualTo("FINAL_ASSESSMENT_FAILED");
      assertThat(selection.record(instance).reason())
          .endsWith(" / Итоговое оценивание 42.5 (среднее из 40 и 45); ниже порогового балла 60");
    }

    @Test
    void scoresOutsideTheScaleAreRefusedAndNothingIsRecorded() {
      ProcessInstance instance = selection.admittedToFinalAssessment(application);

      assertThatThrownBy(() -> selection.assess("assessor", instance, 26, 20, 20, -1))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("reportAnalysis: must be between 0 and 25")
          .hasMessageContaining("reportReflection: must be between 0 and 25");
      assertThat(assessments.forApplication(instance.getBusinessKey())).isEmpty();
    }
  }

  @Nested
  class CommissionInterviewAndEnrolment {

    @Autowired InterviewRepository interviews;
    @Autowired ReserveRepository reserve;
    @Autowired EnrolInReserveDelegate enrolment;

    /** The demo commission: chair, commission, commission2, commission3. */
    final List<String> members = List.of("chair", "commission", "commission2", "commission3");

    @Test
    void everyMemberScoresAboveThePassMarkAndTheCandidateIsEnrolled() {
      ProcessInstance instance = selection.admittedToInterview(application);
      ProcessInstance interview = selection.interview(instance);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(interview.getId()).list())
          .extracting(org.camunda.bpm.engine.task.Task::getAssignee).containsExactlyInAnyOrderElementsOf(members);

      members.forEach(member -> selection.score(member, interview, 8, 8, 7, 9));

      BpmnAwareTests.assertThat(interview).isEnded().hasPassed("EndEvent_InterviewDecided");
      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_EnrolInReserve", "EndEvent_EnrolledInReserve");
      var record = selection.record(instance);
      assertThat(record.outcome()).isEqualTo("ENROLLED");
      assertThat(record.stage()).isEqualTo(Stage.RESERVE);
      var entry = reserve.forApplication(instance.getBusinessKey()).orElseThrow();
      assertThat(entry.certificateNumber()).matches("RR-2026-[A-HJ-NP-Z2-9]{10}");
      assertThat(entry.level()).isEqualTo("DEPUTY_DIRECTOR");
      assertThat(entry.region()).isEqualTo("TURKISTAN");
      assertThat(entry.validUntil()).isEqualTo("2029-12-31");
      assertThat(entry.status()).isEqualTo("ACTIVE");
      assertThat(entry.iin()).isEqualTo(iin());
      // test 85+80+75+90 -> 82.5; rubric mean 4 -> 80; assessment 72.5; interview mean 8 -> 80
      assertThat(entry.compositeScore()).isEqualByComparingTo("78.75");
      assertThat(record.reason()).contains("куәлік " + entry.certificateNumber(), "удостоверение " + entry.certificateNumber());
    }

    @Test
    void aMemberWithAConflictRecusesAndTheOthersDecide() {
      ProcessInstance instance = selection.admittedToInterview(application);
      ProcessInstance interview = selection.interview(instance);

      selection.recuse("commission", interview, "The candidate is my former colleague");
      selection.score("chair", interview, 6, 6, 6, 6);
      selection.score("commission2", interview, 6, 5, 6, 6);
      selection.score("commission3", interview, 7, 6, 6, 6);

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_InterviewFailed");
      assertThat(selection.record(instance).reason())
          .endsWith(" / Собеседование с комиссией: средний балл 6 от 3 членов; самоотвод взяли: 1; ниже порогового балла 7");
      assertThat(jdbc.queryForMap("""
          SELECT recused, conflict_reason, vision FROM interview_score WHERE application_number = ? AND member_id = ?""",
          instance.getBusinessKey(), "commission"))
          .containsEntry(key("recused"), true).containsEntry(key("vision"), null);
    }

    @Test
    void withoutAQuorumByTheDeadlineTheInterviewIsHeldAgain() {
      ProcessInstance instance = selection.admittedToInterview(application);
      ProcessInstance interview = selection.interview(instance);
      selection.score("chair", interview, 9, 9, 9, 9);
      selection.score("commission", interview, 9, 9, 9, 9);

      selection.deadlinePasses(interview);

      BpmnAwareTests.assertThat(interview).isWaitingAt("Task_MemberAnswers");
      assertThat(engine.getRuntimeService().getVariable(interview.getId(), "interviewRound")).isEqualTo(2);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(interview.getId()).count()).isEqualTo(4);
      assertThat(interviews.decisions(instance.getBusinessKey())).containsExactly("NO_QUORUM", null);
      assertThat(selection.record(instance).outcome()).isNull();
    }

    @Test
    void aTieAtThePassMarkIsDecidedByTheChair() {
      ProcessInstance instance = selection.admittedToInterview(application);
      ProcessInstance interview = selection.interview(instance);
      members.forEach(member -> selection.score(member, interview, 7, 7, 7, 7));

      BpmnAwareTests.assertThat(interview).isWaitingAt("Task_ChairDecides")
          .task().hasCandidateGroup("republican-commission-chair");
      String chairTask = engine.getTaskService().createTaskQuery().processInstanceId(interview.getId()).singleResult().getId();
      engine.getIdentityService().setAuthentication("chair", List.of("republican-commission-chair"));
      try {
        assertThatThrownBy(() -> engine.getFormService().submitTaskForm(chairTask, Map.of("chairDecision", "MAYBE")))
            .hasMessageContaining("chairDecision: must be one of [PASSED, NOT_PASSED]");
        engine.getFormService().submitTaskForm(chairTask,
            Map.of("chairDecision", "PASSED", "chairReason", "Strongest vision for a rural school"));
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      selection.runJobs(instance);

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_EnrolledInReserve");
      assertThat(jdbc.queryForObject("SELECT decided_by FROM interview_round WHERE application_number = ?",
          String.class, instance.getBusinessKey())).isEqualTo("chair");
    }

    @Test
    void aMemberCannotScoreInAnotherMembersName() {
      ProcessInstance instance = selection.admittedToInterview(application);
      ProcessInstance interview = selection.interview(instance);

      selection.answer("commission2", interview, Map.of("conflictOfInterest", false, "interviewVision", 10,
          "interviewCompetence", 10, "interviewCommunication", 10, "interviewMotivation", 10,
          "member", "commission", "interviewRound", 7));

      assertThat(jdbc.queryForList("""
          SELECT member_id FROM interview_score WHERE application_number = ? AND round_number = 1""",
          String.class, instance.getBusinessKey())).containsExactly("commission2");
      selection.score("commission", interview, 6, 6, 6, 6);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM interview_score WHERE application_number = ?",
          Integer.class, instance.getBusinessKey())).isEqualTo(2);
    }

    @Test
    void theReserveLevelFollowsTheRecordNotAForgedVariable() {
      ProcessInstance instance = selection.admittedToInterview(application);
      // As if an earlier task's submission had carried these variables.
      engine.getRuntimeService().setVariable(instance.getId(), "currentRole", "DEPUTY_DIRECTOR");
      engine.getRuntimeService().setVariable(instance.getId(), "cycle", 2099);
      ProcessInstance interview = selection.interview(instance);

      members.forEach(member -> selection.score(member, interview, 9, 9, 9, 9));

      var entry = reserve.forApplication(instance.getBusinessKey()).orElseThrow();
      assertThat(entry.level()).isEqualTo("DEPUTY_DIRECTOR");
      assertThat(entry.validUntil()).isEqualTo("2029-12-31");
    }

    @Test
    void aMemberCanAnswerOnlyTheirOwnTask() {
      ProcessInstance instance = selection.admittedToInterview(application);
      ProcessInstance interview = selection.interview(instance);
      String othersTask = engine.getTaskService().createTaskQuery().processInstanceId(interview.getId())
          .taskAssignee("commission").singleResult().getId();

      engine.getIdentityService().setAuthentication("commission2", List.of("republican-commission"));
      try {
        assertThatThrownBy(() -> engine.getFormService().submitTaskForm(othersTask, Map.of("conflictOfInterest", false)))
            .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThat(engine.getTaskService().createTaskQuery().taskId(othersTask).count()).isZero();
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }

    @Test
    void enrolmentRunTwiceLeavesOneEntry() throws Exception {
      ProcessInstance instance = selection.admittedToInterview(application);
      ProcessInstance interview = selection.interview(instance);
      members.forEach(member -> selection.score(member, interview, 9, 9, 9, 9));
      String certificate = reserve.forApplication(instance.getBusinessKey()).orElseThrow().certificateNumber();

      var retried = org.mockito.Mockito.mock(org.camunda.bpm.engine.delegate.DelegateExecution.class);
      org.mockito.Mockito.when(retried.getProcessBusinessKey()).thenReturn(instance.getBusinessKey());
      enrolment.execute(retried);

      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reserve_entry WHERE application_number = ?", Integer.class,
          instance.getBusinessKey())).isOne();
      assertThat(reserve.forApplication(instance.getBusinessKey()).orElseThrow().certificateNumber())
          .isEqualTo(certificate);
    }

    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void anEnrolmentRolledBackWithItsStepLeavesNoEntry() {
      ProcessInstance instance = selection.admittedToInterview(application);
      ProcessInstance interview = selection.interview(instance);
      var round = engine.getRuntimeService().getVariable(interview.getId(), "interviewRound");
      jdbc.update("UPDATE interview_round SET mean_score = 8 WHERE application_number = ? AND round_number = ?",
          instance.getBusinessKey(), round);
      var step = org.mockito.Mockito.mock(org.camunda.bpm.engine.delegate.DelegateExecution.class);
      org.mockito.Mockito.when(step.getProcessBusinessKey()).thenReturn(instance.getBusinessKey());

      // The step fails after the entry was written (as when a later listener of the same step throws).
      assertThatThrownBy(() -> new org.springframework.transaction.support.TransactionTemplate(transactions)
          .executeWithoutResult(status -> {
            enrolment.execute(step);
            assertThat(reserve.forApplication(instance.getBusinessKey())).isPresent();
            throw new IllegalStateException("the step failed after enrolling");
          })).hasMessage("the step failed after enrolling");

      assertThat(reserve.forApplication(instance.getBusinessKey())).isEmpty();
    }

    /** Column names as the database reports them (H2 upper case, PostgreSQL lower case). */
    String key(String column) {
      return jdbc.queryForList("SELECT 1 AS probe").get(0).containsKey("PROBE") ? column.toUpperCase() : column;
    }
  }

  @Test
  void theFunnelIsOneQueryOverTheApplicationRecords() {
    selection.register(application);
    List<Map<String, Object>> funnel = jdbc.queryForList("""
        SELECT region, stage, outcome, COUNT(*) AS applications FROM application
        WHERE cycle_year = 2026 GROUP BY region, stage, outcome ORDER BY region, stage""");
    assertThat(funnel).anySatisfy(row -> {
      assertThat(row.get("REGION") != null ? row.get("REGION") : row.get("region")).isEqualTo("TURKISTAN");
    });
  }

  long applicationCount() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM application", Long.class);
  }

  long startedInstances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReserveSelection.PROCESS_KEY).count();
  }
}
