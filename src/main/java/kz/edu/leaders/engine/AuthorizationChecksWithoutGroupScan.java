package kz.edu.leaders.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Before its first authorization check in a command, the engine narrows the user's groups to those that hold any
 * authorization, and finds those by reading the group of every authorization ({@code SELECT DISTINCT GROUP_ID_}).
 * Every open task has an authorization per candidate group, so with a cycle's work open that read covers tens of
 * thousands of rows (3 ms with 31,000) in every command of every logged-in user: each Tasklist call, claim and
 * completion. Narrowing changes no result: a group without authorizations matches no authorization row. So the
 * checks use the user's groups as they are, through the engine's extension point for its sessions
 * ({@code customSessionFactories}); everything else the engine's authorization manager does stays as it is.
 *
 * <p>On an upgrade, re-check {@code AuthorizationManager.filterAuthenticatedGroupIds} (still only the narrowing, by
 * the statement {@code selectAuthorizedGroupIds}?) and that the engine still makes its authorization manager with
 * the plain constructor: {@code AuthorizationChecksWithoutGroupScanStillAppliesTest} fails when they changed.
 */
@Component
public class AuthorizationChecksWithoutGroupScan extends AbstractCamundaConfiguration {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new UserGroupsAsTheyAre();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager, minus the narrowing of the groups. */
  static class UserGroupsAsTheyAre extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null) {
        return EMPTY_LIST;
      }
      return new ArrayList<>(authenticatedGroupIds.stream().filter(Objects::nonNull).distinct().toList());
    }
  }
}
