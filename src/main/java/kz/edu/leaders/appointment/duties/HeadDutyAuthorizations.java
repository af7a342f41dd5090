package kz.edu.leaders.appointment.duties;

import java.util.List;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The groups that work on (observers: read) HeadDuties tasks read its definition, else Tasklist shows their tasks
 * without a process name. Kept beside the process rather than in {@code identity/IdentitySetup}, after which it runs
 * (the groups exist by then); the tasks themselves go to the case region's groups by their candidate groups.
 */
@Component
@Order(91)
public class HeadDutyAuthorizations extends AbstractCamundaConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(HeadDutyAuthorizations.class);
  static final List<String> GROUPS = List.of(Groups.REGIONAL_OFFICERS, Groups.REGIONAL_HEADS, Groups.OBSERVERS);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (String group : GROUPS) {
      if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION)
          .resourceId(HeadDuties.PROCESS_KEY).count() > 0) {
        continue;
      }
      Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      read.setGroupId(group);
      read.setResource(Resources.PROCESS_DEFINITION);
      read.setResourceId(HeadDuties.PROCESS_KEY);
      read.addPermission(Permissions.READ);
      try {
        authorizations.saveAuthorization(read);
      } catch (RuntimeException e) {
        LOG.info("Authorization for {} on HeadDuties was written by another node: {}", group, e.getMessage());
      }
    }
  }
}
