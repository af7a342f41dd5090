package kz.edu.leaders.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Who may see and do what: groups, grants, filters and the webapps each role may open. */
@AppTest
class AccessAppTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired IdentitySetup identitySetup;
  @Autowired ProcessEngine processEngine;

  Task otherGroupsTask;

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    if (otherGroupsTask != null) {
      taskService.deleteTask(otherGroupsTask.getId(), true);
    }
  }

  /** Logs in to a webapp like the login page does: fresh session, CSRF token from the first page. */
  HttpStatus loginTo(String app, String user) {
    return loginTo(rest, app, user);
  }

  static HttpStatus loginTo(TestRestTemplate rest, String app, String user) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/", String.class);
    List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
        .split(";")[0].substring("XSRF-TOKEN=".length());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add("X-XSRF-TOKEN", token);
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";")[0]).toList()));
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", user);
    return HttpStatus.valueOf(rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class).getStatusCode().value());
  }

  @Test
  void everyGroupOfTheDomainExists() {
    assertThat(identityService.createGroupQuery().list()).extracting(g -> g.getId())
        .contains(Groups.PEOPLE.keySet().toArray(String[]::new))
        .contains(Groups.APPLICATION_PORTAL, Groups.TESTING_CENTRE, Groups.ADMINISTRATORS);
  }

  @Test
  void theCpeOperatorsHaveAGroupInEveryRegion() {
    for (Region region : Region.values()) {
      assertThat(identityService.createGroupQuery().groupId(Groups.inRegion(Groups.CPE_OPERATORS, region)).count())
          .as(region.name()).isOne();
    }
    assertThat(identityService.createGroupQuery().groupId("cpe-operators-turkistan").singleResult().getName())
        .isEqualTo("CPE operators: Түркістан облысы / Туркестанская");
  }

  @Test
  void anOperatorWorksInTasklistOnlyAndNeverInCockpitOrAdmin() {
    assertThat(loginTo("tasklist", "operator")).isEqualTo(HttpStatus.OK);
    assertThat(loginTo("cockpit", "operator")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(loginTo("admin", "operator")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void integrationAccountsCannotOpenTasklist() {
    assertThat(loginTo("tasklist", "portal")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(loginTo("tasklist", "testcentre")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anOperatorDoesNotSeeTasksOfAnotherGroup() {
    otherGroupsTask = taskService.newTask();
    otherGroupsTask.setName("Evaluate internship");
    taskService.saveTask(otherGroupsTask);
    taskService.addCandidateGroup(otherGroupsTask.getId(), Groups.MENTORS);

    identityService.setAuthentication("operator", List.of(Groups.CPE_OPERATORS));
    assertThat(taskService.createTaskQuery().taskId(otherGroupsTask.getId()).count()).isZero();
    identityService.setAuthentication("mentor", List.of(Groups.MENTORS));
    assertThat(taskService.createTaskQuery().taskId(otherGroupsTask.getId()).count()).isOne();
    identityService.clearAuthentication();

    var asOperator = rest.withBasicAuth("operator", "operator")
        .getForEntity("/engine-rest/task?taskId=" + otherGroupsTask.getId(), List.class);
    assertThat(asOperator.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asOperator.getBody()).isEmpty();
  }

  /** A database of the first releases has the filters under English names: a start renames them, keeping grants. */
  @Test
  void aStartRenamesTheFiltersOfTheFirstReleasesInPlace() {
    var filter = filterService.createFilterQuery().filterName(IdentitySetup.MY_TASKS).singleResult();
    filter.setName("My tasks").setProperties(Map.of("priority", -10, "description", "Tasks assigned to me"));
    filterService.saveFilter(filter);

    identitySetup.postProcessEngineBuild(processEngine);

    assertThat(filterService.createFilterQuery().filterName("My tasks").count()).isZero();
    var renamed = filterService.createFilterQuery().filterName(IdentitySetup.MY_TASKS).list();
    assertThat(renamed).extracting(f -> f.getId()).containsExactly(filter.getId());
    assertThat(renamed.get(0).getProperties()).containsEntry("leadersKey", "my-tasks")
        .containsEntry("description", "Маған тағайындалған тапсырмалар / Задачи, назначенные мне");
  }

  @Test
  void everyPersonGroupCanReadTheTasklistFilters() {
    var filters = filterService.createFilterQuery().list();
    assertThat(filters).extracting(f -> f.getName()).contains(IdentitySetup.MY_TASKS, IdentitySetup.MY_GROUP_TASKS);
    for (String group : Groups.PEOPLE.keySet()) {
      for (var filter : filters) {
        assertThat(authorizationService.isUserAuthorized("someone", List.of(group), Permissions.READ,
            Resources.FILTER, filter.getId())).as(group + " reads " + filter.getName()).isTrue();
      }
    }
  }

  @Test
  void anOperatorMayStartTheSelectionButCannotChangeRunningInstances() {
    assertThat(authorizationService.isUserAuthorized("operator", List.of(Groups.CPE_OPERATORS),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "ReserveSelection")).isTrue();
    assertThat(authorizationService.isUserAuthorized("operator", List.of(Groups.CPE_OPERATORS),
        Permissions.UPDATE, Resources.PROCESS_INSTANCE, "any-instance")).isFalse();
    assertThat(rest.withBasicAuth("operator", "operator").exchange("/engine-rest/process-instance/any/variables/x",
        HttpMethod.PUT, new HttpEntity<>(Map.of("value", "x")), String.class).getStatusCode().is2xxSuccessful())
        .isFalse();
  }
}
