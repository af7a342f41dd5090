package kz.edu.leaders.identity;

import static kz.edu.leaders.identity.Groups.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.edu.leaders.appointment.DirectorAppointment;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.events.contest.LeadingSchoolContest;
import kz.edu.leaders.selection.ReserveSelection;
import kz.edu.leaders.events.forum.RegionalForum;
import kz.edu.leaders.talentpool.TalentPoolNomination;
import kz.edu.leaders.training.TrainingCourse;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, at every start and idempotently, the groups, their authorizations and the Tasklist filters.
 * Another node starting at the same time may create the same rows: a failure is re-checked, not fatal.
 */
@Component
@Order(90)
public class IdentitySetup extends AbstractCamundaConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);
  /** The Tasklist filters every person has, named in Kazakh and Russian (a filter has one name for all users). */
  public static final String MY_TASKS = "Менің тапсырмаларым / Мои задачи";
  public static final String MY_GROUP_TASKS = "Топтарымның тапсырмалары / Задачи моих групп";

  /** Groups that work on ReserveSelection tasks and so must read its definition (else Tasklist shows no name). */
  static final List<String> SELECTION_GROUPS =
      List.of(CPE_OPERATORS, CPE_COORDINATORS, MENTORS, CPE_ASSESSORS, REPUBLICAN_COMMISSION, REPUBLICAN_COMMISSION_CHAIR);

  /** Groups that work on (or, observers, read) appointment cases. */
  static final List<String> APPOINTMENT_GROUPS = List.of(DISTRICT_OFFICERS, REGIONAL_OFFICERS, REGIONAL_HEADS,
      COMPETITION_COMMISSION, COMPETITION_COMMISSION_CHAIR, OBSERVERS);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    // One query for the groups already there: a start otherwise asks once per group (over a hundred).
    Set<String> existing = identity.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toSet());
    Groups.PEOPLE.forEach((id, name) -> group(identity, existing, id, name, "WORKFLOW"));
    Groups.SYSTEMS.forEach((id, name) -> group(identity, existing, id, name, "SYSTEM"));
    for (String role : Groups.ROLES_WITH_REGION_GROUPS) {
      for (Region region : Region.values()) {
        group(identity, existing, Groups.inRegion(role, region), Groups.PEOPLE.get(role) + ": " + region.label(),
            "REGION");
      }
    }

    for (String group : Groups.PEOPLE.keySet()) {
      grant(authorizations, group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }
    for (String group : SELECTION_GROUPS) {
      grant(authorizations, group, Resources.PROCESS_DEFINITION, ReserveSelection.PROCESS_KEY, Permissions.READ);
    }
    for (String group : List.of(REPUBLICAN_COMMISSION, REPUBLICAN_COMMISSION_CHAIR)) {
      grant(authorizations, group, Resources.PROCESS_DEFINITION, "CommissionInterview", Permissions.READ);
    }
    for (String group : APPOINTMENT_GROUPS) {
      for (String process : List.of(DirectorAppointment.PROCESS_KEY, DirectorAppointment.COMPETITION_PROCESS_KEY)) {
        grant(authorizations, group, Resources.PROCESS_DEFINITION, process, Permissions.READ);
      }
    }
    grant(authorizations, DISTRICT_OFFICERS, Resources.PROCESS_DEFINITION, DirectorAppointment.PROCESS_KEY,
        Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(authorizations, DISTRICT_OFFICERS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    for (String group : List.of(CPE_OPERATORS, APPLICATION_PORTAL)) {
      grant(authorizations, group, Resources.PROCESS_DEFINITION, ReserveSelection.PROCESS_KEY,
          Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(authorizations, group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }

    // Regional talent pools: the district officers nominate, the regional officers review (each in their region's
    // group, kz.edu.leaders.talentpool.NominationGroups).
    for (String group : Groups.TALENT_POOL_ROLES) {
      grant(authorizations, group, Resources.PROCESS_DEFINITION, TalentPoolNomination.PROCESS_KEY, Permissions.READ);
    }
    grant(authorizations, DISTRICT_OFFICERS, Resources.PROCESS_DEFINITION, TalentPoolNomination.PROCESS_KEY,
        Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    // TrainingCourse: the region's officers and CPE coordinators plan and run courses (their tasks go to the region's
    // groups only); trainers read the definition for the streams assigned to them.
    for (String group : List.of(REGIONAL_OFFICERS, CPE_COORDINATORS)) {
      grant(authorizations, group, Resources.PROCESS_DEFINITION, TrainingCourse.PROCESS_KEY,
          Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(authorizations, group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    grant(authorizations, TRAINERS, Resources.PROCESS_DEFINITION, TrainingCourse.PROCESS_KEY, Permissions.READ);
    // RegionalForum: the forum organisers plan and run their region's forums (tasks to the region's group only,
    // kz.edu.leaders.events.forum.ForumGroups).
    grant(authorizations, FORUM_ORGANISERS, Resources.PROCESS_DEFINITION, RegionalForum.PROCESS_KEY,
        Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(authorizations, FORUM_ORGANISERS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);

    // LeadingSchoolContest: the region's organisers announce and run contests (their tasks go to the region's group);
    // jurors and the chair read the definition for the tasks assigned to them; observers read it for the API.
    grant(authorizations, FORUM_ORGANISERS, Resources.PROCESS_DEFINITION, LeadingSchoolContest.PROCESS_KEY,
        Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(authorizations, FORUM_ORGANISERS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    for (String group : List.of(CONTEST_JURY, CONTEST_JURY_CHAIR, OBSERVERS)) {
      grant(authorizations, group, Resources.PROCESS_DEFINITION, LeadingSchoolContest.PROCESS_KEY, Permissions.READ);
    }

    analysts(authorizations);
    tasksKeepTheirVariablesForTheirPeople(engine.getManagementService(), authorizations);

    TaskQuery mine = engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}");
    TaskQuery ofMyGroups = engine.getTaskService().createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned();
    Filter myTasks = filter(engine.getFilterService(), new FilterSetting("my-tasks", "My tasks", MY_TASKS, -10,
        "Маған тағайындалған тапсырмалар / Задачи, назначенные мне"), mine);
    Filter myGroupTasks = filter(engine.getFilterService(), new FilterSetting("my-group-tasks", "My group tasks",
        MY_GROUP_TASKS, 0, "Топтарымның ешкім алмаған тапсырмалары: жұмысқа өзіңізге алыңыз / "
            + "Невзятые задачи моих групп: возьмите задачу в работу"), ofMyGroups);
    for (String group : Groups.PEOPLE.keySet()) {
      grant(authorizations, group, Resources.FILTER, myTasks.getId(), Permissions.READ);
      grant(authorizations, group, Resources.FILTER, myGroupTasks.getId(), Permissions.READ);
    }
  }

  /**
   * The analysts read every process in Cockpit: definitions, diagrams, running instances and where they wait, history
   * and the decision tables. They change nothing (no UPDATE, DELETE, SUSPEND, CREATE, MIGRATE) and read no variable:
   * with {@code enforce-specific-variable-permission} a variable needs READ_INSTANCE_VARIABLE or READ_HISTORY_VARIABLE,
   * which they never get. Tasks are not granted either (their titles name the candidate).
   */
  static void analysts(AuthorizationService authorizations) {
    grant(authorizations, ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(authorizations, ANALYSTS, Resources.PROCESS_DEFINITION, "*", Permissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY);
    grant(authorizations, ANALYSTS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    grant(authorizations, ANALYSTS, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    grant(authorizations, ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
    grant(authorizations, ANALYSTS, Resources.DEPLOYMENT, "*", Permissions.READ);
  }

  /** Marks, in the engine's properties, that the tasks' grants of an older database have READ_VARIABLE. */
  static final String TASK_GRANTS_READ_VARIABLE = "leaders.task-grants-read-variable";

  /**
   * Since variables need their own permission, the engine grants READ_VARIABLE with each new task to its assignee and
   * candidates; the tasks of a database from before that were granted without it, and their people would open them
   * in Tasklist with an empty form. Once per database, those grants get READ_VARIABLE too.
   */
  static void tasksKeepTheirVariablesForTheirPeople(ManagementService management,
                                                    AuthorizationService authorizations) {
    if (management.getProperties().containsKey(TASK_GRANTS_READ_VARIABLE)) {
      return;
    }
    int page = 500;
    for (int first = 0; ; first += page) {
      List<Authorization> grants = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
          .authorizationType(Authorization.AUTH_TYPE_GRANT).orderByResourceId().asc().listPage(first, page);
      for (Authorization grant : grants) {
        if (!"*".equals(grant.getResourceId()) && !grant.isPermissionGranted(TaskPermissions.READ_VARIABLE)) {
          grant.addPermission(TaskPermissions.READ_VARIABLE);
          try {
            authorizations.saveAuthorization(grant);
          } catch (RuntimeException e) {
            LOG.info("Task grant {} was changed by another node: {}", grant.getId(), e.getMessage());
          }
        }
      }
      if (grants.size() < page) {
        break;
      }
    }
    management.setProperty(TASK_GRANTS_READ_VARIABLE, "true");
  }

  private static void group(IdentityService identity, Set<String> existing, String id, String name, String type) {
    if (existing.contains(id)) {
      return;
    }
    try {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    } catch (RuntimeException e) {
      if (identity.createGroupQuery().groupId(id).count() == 0) {
        throw e;
      }
      LOG.info("Group {} was created by another node", id);
    }
  }

  static void grant(AuthorizationService authorizations, String group, Resource resource, String resourceId,
                    Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(group)
        .resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing;
    boolean changed = existing == null;
    if (existing == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (!changed) {
      return;
    }
    try {
      authorizations.saveAuthorization(authorization);
    } catch (RuntimeException e) {
      LOG.info("Authorization for {} on {} {} was written by another node: {}", group, resource.resourceName(),
          resourceId, e.getMessage());
    }
  }

  /**
   * A filter this class keeps: found by its key (a property of the filter, as a filter's name is text people read
   * and may be reworded) or by the English name of the first releases, and brought to the current name.
   */
  record FilterSetting(String key, String formerName, String name, int priority, String description) {

    Map<String, Object> properties() {
      return Map.of("leadersKey", key, "priority", priority, "description", description, "refresh", true);
    }

    boolean matches(Filter filter) {
      Object key = filter.getProperties() == null ? null : filter.getProperties().get("leadersKey");
      return this.key.equals(key) || (key == null && formerName.equals(filter.getName()));
    }

    boolean isCurrent(Filter filter) {
      return name.equals(filter.getName()) && properties().equals(filter.getProperties());
    }
  }

  private static Filter filter(FilterService filters, FilterSetting setting, TaskQuery query) {
    // Few filters exist (two, plus any a person saved), so reading them all is cheap.
    Filter existing = filters.createFilterQuery().list().stream().filter(setting::matches).findFirst().orElse(null);
    if (existing != null && setting.isCurrent(existing)) {
      return existing;
    }
    Filter filter = existing != null ? existing : filters.newTaskFilter().setOwner(null).setQuery(query);
    filter.setName(setting.name()).setProperties(setting.properties());
    try {
      return filters.saveFilter(filter);
    } catch (OptimisticLockingException e) {
      LOG.info("Filter {} was updated by another node: {}", setting.key(), e.getMessage());
      return filters.getFilter(filter.getId());
    }
  }
}
