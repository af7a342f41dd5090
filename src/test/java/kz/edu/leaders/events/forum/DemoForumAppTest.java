package kz.edu.leaders.events.forum;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.demo.DemoForum;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo forum of Jambyl region: registered, the first day recorded, some sheets in, the organiser's work open. */
@AppTest
class DemoForumAppTest {

  @Autowired DemoForum demo;
  @Autowired TaskService taskService;
  @Autowired ForumParticipants participants;
  @Autowired ForumRepository forums;
  @Autowired FeedbackRepository feedback;

  @Test
  void theDemoForumWaitsForTheSecondDayAndTheFeedbackInTheJambylOrganisersTasklist() {
    ProcessInstance forum = demo.seed();
    String number = forum.getBusinessKey();

    assertThat(number).contains("-JAMBYL-");
    assertThat(participants.count(number)).isEqualTo(62);
    assertThat(forums.days(number)).hasSize(1).allMatch(d -> d.absent() == 5);
    assertThat(feedback.count(number)).isEqualTo(6);
    assertThat(taskService.createTaskQuery().processInstanceId(forum.getId()).list())
        .extracting(t -> t.getTaskDefinitionKey())
        .containsExactlyInAnyOrder("Task_RecordForumAttendance", "Task_CloseForumFeedback");
    assertThat(taskService.createTaskQuery().processInstanceId(forum.getId())
        .taskCandidateGroup("forum-organisers-jambyl").count()).isEqualTo(2);
  }
}
