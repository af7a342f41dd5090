package kz.edu.leaders.common;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Runs engine calls as a user with the user's groups, the way Tasklist's requests are authenticated: for the demo
 * data, the simulator and tests that drive cases as their users.
 */
public final class LoggedIn {

  private LoggedIn() {}

  public static List<String> groupsOf(IdentityService identity, String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  public static <T> T as(IdentityService identity, String user, List<String> groups, Supplier<T> action) {
    identity.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
