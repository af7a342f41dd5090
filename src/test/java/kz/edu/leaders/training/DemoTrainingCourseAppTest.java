package kz.edu.leaders.training;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.demo.DemoTrainingCourse;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo course of Turkistan region: 767 heads in three streams, the first stream's attendance under way. */
@AppTest
class DemoTrainingCourseAppTest {

  @Autowired DemoTrainingCourse demo;
  @Autowired TaskService taskService;
  @Autowired ParticipantRepository participants;
  @Autowired CourseRepository courses;

  @Test
  void theDemoCourseRunsInThreeStreamsWithAttendanceRecorded() {
    ProcessInstance course = demo.seed();

    assertThat(course.getBusinessKey()).startsWith("TC-2024-");
    assertThat(participants.count(course.getBusinessKey())).isEqualTo(767);
    assertThat(courses.streams(course.getBusinessKey())).hasSize(3);
    assertThat(participants.ofStream(course.getBusinessKey(), 1)).hasSize(256);
    assertThat(participants.daysRecorded(course.getBusinessKey(), 1)).isEqualTo(2);
    assertThat(taskService.createTaskQuery().processInstanceId(course.getId()).list())
        .extracting(t -> t.getAssignee()).containsExactlyInAnyOrder("trainer", "trainer2", "trainer");
  }
}
