package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine checks authorizations with the user's groups as they are, without first reading every
 * authorization's group, and a task is still visible to its candidate group only.
 */
@AppTest
class AuthorizationChecksWithoutGroupScanAppTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  private String taskId;

  @BeforeEach
  void aTaskForOneGroup() {
    Task task = tasks.newTask();
    task.setName("Group-scan test task");
    tasks.saveTask(task);
    taskId = task.getId();
    tasks.addCandidateGroup(taskId, "group-scan-candidates");
  }

  @AfterEach
  void removeTheTask() {
    identity.clearAuthentication();
    tasks.deleteTask(taskId, true);
  }

  @Test
  void theEngineUsesTheAuthorizationManagerWithoutTheGroupScan() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    Object manager = configuration.getSessionFactories().get(AuthorizationManager.class).openSession();

    assertThat(manager).isInstanceOf(AuthorizationChecksWithoutGroupScan.UserGroupsAsTheyAre.class);
    assertThat(((AuthorizationManager) manager).filterAuthenticatedGroupIds(
        Arrays.asList("group-scan-candidates", null, "group-without-authorizations",
            "group-scan-candidates")))
        .containsExactly("group-scan-candidates", "group-without-authorizations");
  }

  @Test
  void aMemberOfTheCandidateGroupSeesTheTaskAmongOtherGroups() {
    identity.setAuthentication("group-scan-member", List.of("group-without-authorizations", "group-scan-candidates"));

    assertThat(tasks.createTaskQuery().taskId(taskId).list()).hasSize(1);
  }

  @Test
  void someoneOutsideTheCandidateGroupNeitherSeesNorClaimsIt() {
    identity.setAuthentication("group-scan-outsider", List.of("group-without-authorizations"));

    assertThat(tasks.createTaskQuery().taskId(taskId).list()).isEmpty();
    assertThatThrownBy(() -> tasks.claim(taskId, "group-scan-outsider")).isInstanceOf(AuthorizationException.class);
  }
}
