package kz.edu.leaders.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.demo.TrainingSteps;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.training.ParticipantRepository.Participant;
import kz.edu.leaders.web.Refusal;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** TrainingCourse from planning to each of its ends, as the region's officer and the trainers take it. */
@AppTest
@RecordApplicationEvents
class TrainingCourseProcessAppTest {

  static final LocalDate START = LocalDate.now().minusDays(30);

  @Autowired ProcessEngine engine;
  @Autowired TrainingSteps training;
  @Autowired CourseRepository courses;
  @Autowired ParticipantRepository participants;
  @Autowired Certificates certificates;
  @Autowired ApplicationEvents events;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    training.registerOrganisations(Region.TURKISTAN, 40);
  }

  ProcessInstance courseWith(int enrolled) {
    ProcessInstance instance = training.plan("regional", TrainingSteps.course("TURKISTAN", 100, START));
    ImportReport report = training.enrolCsv(instance.getBusinessKey(), TrainingSteps.headsCsv(1, enrolled,
        (int) (System.nanoTime() % 1000)), "regional");
    assertThat(report.accepted()).isEqualTo(enrolled);
    return instance;
  }

  @Test
  void aPlannedCourseIsRecordedAndWaitsForEnrolmentInItsRegion() {
    ProcessInstance instance = training.plan("cpecoordinator", TrainingSteps.course("TURKISTAN", 800, START));

    assertThat(instance.getBusinessKey()).matches("TC-\\d{4}-\\d{6}");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_EnrolParticipants");
    BpmnAwareTests.assertThat(instance).task().hasCandidateGroup("regional-officers-turkistan")
        .hasCandidateGroup("cpe-coordinators-turkistan");
    CourseRepository.Course course = courses.get(instance.getBusinessKey());
    assertThat(course.status()).isEqualTo(TrainingCourse.ENROLMENT);
    assertThat(course.plannedBy()).isEqualTo("cpecoordinator");
    assertThat(course.capacity()).isEqualTo(800);
  }

  @Test
  void anOfficerCannotPlanACourseOfAnotherRegion() {
    assertThatThrownBy(() -> training.plan("regional2", TrainingSteps.course("TURKISTAN", 50, START)))
        .hasMessageContaining("region").hasMessageContaining("Алматы қаласы");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("TrainingCourse")
        .processInstanceBusinessKeyLike("%").list()).allMatch(p -> courses.find(p.getBusinessKey()).isPresent());
  }

  @Test
  void tooFewEnrolledCancelsTheCourseWithAReasonAndTellsTheEnrolled() {
    ProcessInstance instance = courseWith(3);

    training.closeEnrolment("regional", instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_CancelCourse", "EndEvent_CourseCancelled");
    CourseRepository.Course course = courses.get(instance.getBusinessKey());
    assertThat(course.status()).isEqualTo(TrainingCourse.CANCELLED);
    assertThat(course.cancelReason()).contains("тоқтатылды").contains("отменён").contains("3").contains("10");
    List<TrainingCourseCancelled> cancelled = events.stream(TrainingCourseCancelled.class)
        .filter(e -> e.courseNumber().equals(instance.getBusinessKey())).toList();
    assertThat(cancelled).hasSize(1);
    assertThat(cancelled.get(0).participantIds()).hasSize(3)
        .containsExactlyInAnyOrderElementsOf(participants.ids(instance.getBusinessKey()));
  }

  @Test
  void oneByOneInTheFormThenStreamsAttendanceFinalWorkCertificatesAndFollowUp() {
    ProcessInstance instance = courseWith(11);
    String number = instance.getBusinessKey();
    training.complete("regional", instance, "Task_EnrolParticipants", Map.of("enrolmentAction", "ENROL",
        "iin", TrainingSteps.iin(999_001), "fullName", "Жаңа Тыңдаушы", "organisation", TrainingSteps.school(12),
        "district", TrainingSteps.district(12), "post", "Директор"));
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_EnrolParticipants");
    assertThat(participants.count(number)).isEqualTo(12);

    training.closeEnrolment("regional", instance);
    training.splitIntoStreams("regional", instance, List.of(
        List.of(START.toString(), START.plusDays(4).toString(), "trainer"),
        List.of(START.plusDays(7).toString(), START.plusDays(11).toString(), "trainer2")));

    assertThat(participants.ofStream(number, 1).keySet()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(participants.ofStream(number, 2).keySet()).containsExactly(7, 8, 9, 10, 11, 12);
    assertThat(training.streamTask("trainer", instance, "Task_RecordStreamAttendance", 1).getAssignee()).isEqualTo("trainer");
    assertThat(training.streamTask("trainer2", instance, "Task_RecordStreamAttendance", 2).getAssignee())
        .isEqualTo("trainer2");

    // Participant 1 misses both days (0%), participant 3 one of two (50%): both below 80%.
    training.recordDay("trainer", instance, 1, START, "1 3", false);
    training.recordDay("trainer", instance, 1, START.plusDays(1), "1", true);
    training.assessFinalWork("trainer", instance, 1, "2: жоспар тапсырылмады / план не сдан");
    training.recordDay("trainer2", instance, 2, START.plusDays(7), "", true);
    training.assessFinalWork("trainer2", instance, 2, "");
    training.runJobs(instance);

    Map<Integer, Participant> roster = participants.roster(number, null).stream()
        .collect(java.util.stream.Collectors.toMap(Participant::number, p -> p));
    assertThat(roster.get(1).completed()).isFalse();
    assertThat(roster.get(1).outcomeReason()).contains("0.0%");
    assertThat(roster.get(2).completed()).isFalse();
    assertThat(roster.get(2).outcomeReason()).contains("план не сдан");
    assertThat(roster.get(3).completed()).isFalse();
    assertThat(roster.values().stream().filter(p -> Boolean.TRUE.equals(p.completed())).count()).isEqualTo(9);
    assertThat(roster.values()).filteredOn(p -> Boolean.TRUE.equals(p.completed()))
        .allMatch(p -> p.certificate() != null && p.certificate().matches("TC(-[2-9A-HJ-NP-Z]{4}){3}"));
    assertThat(roster.values()).filteredOn(p -> !Boolean.TRUE.equals(p.completed()))
        .allMatch(p -> p.certificate() == null);
    assertThat(roster.values().stream().map(Participant::certificate).filter(c -> c != null).distinct().count())
        .isEqualTo(9);
    assertThat(courses.get(number).status()).isEqualTo(TrainingCourse.FOLLOW_UP);

    assertThatThrownBy(() -> certificates.issue(number, 1, "regional")).isInstanceOf(Refusal.class)
        .satisfies(e -> assertThat(((Refusal) e).status()).isEqualTo(409));
    assertThat(participants.byNumber(number, 1).orElseThrow().certificate()).isNull();

    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_FollowUpDue");
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .singleResult();
    assertThat(timer.getDuedate()).isAfter(java.sql.Date.valueOf(START.plusDays(11).plusMonths(3).minusDays(1)));
    engine.getManagementService().executeJob(timer.getId());
    BpmnAwareTests.assertThat(instance).task("Task_RecordFollowUp").hasCandidateGroup("cpe-coordinators-turkistan");
    training.complete("cpecoordinator", instance, "Task_RecordFollowUp", Map.of("supportGiven",
        "Әдістемелік семинар / Методический семинар по плану развития школы", "supportDate",
        LocalDate.now().toString()));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_CourseCompleted");
    assertThat(courses.get(number).status()).isEqualTo(TrainingCourse.COMPLETED);
    assertThat(courses.followUps(number)).hasSize(1);
  }

  @Test
  void attendanceOutsideTheStreamOrForSomeoneElseIsRefusedAndChangesNothing() {
    ProcessInstance instance = courseWith(12);
    training.closeEnrolment("regional", instance);
    training.splitIntoStreams("regional", instance, List.of(
        List.of(START.toString(), START.plusDays(4).toString(), "trainer"),
        List.of(START.plusDays(7).toString(), START.plusDays(11).toString(), "trainer2")));

    assertThatThrownBy(() -> training.recordDay("trainer", instance, 1, START.plusDays(7), "1", false))
        .hasMessageContaining("attendanceDay").hasMessageContaining("outside stream 1");
    assertThatThrownBy(() -> training.recordDay("trainer", instance, 1, START, "2 9 77", false))
        .hasMessageContaining("absentees").hasMessageContaining("9, 77");
    assertThat(participants.daysRecorded(instance.getBusinessKey(), 1)).isZero();
    assertThat(training.streamTask("trainer", instance, "Task_RecordStreamAttendance", 1)).isNotNull();
  }

  @Test
  void theStreamsAreRefusedWithATrainerWhoIsNotATrainer() {
    ProcessInstance instance = courseWith(12);
    training.closeEnrolment("regional", instance);
    assertThatThrownBy(() -> training.splitIntoStreams("regional", instance, List.of(
        List.of(START.toString(), START.plusDays(4).toString(), "regional2"))))
        .hasMessageContaining("streams[1].trainer");
    assertThat(courses.streams(instance.getBusinessKey())).isEmpty();
  }
}
