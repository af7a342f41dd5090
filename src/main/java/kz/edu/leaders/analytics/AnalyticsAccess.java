package kz.edu.leaders.analytics;

import java.util.List;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.web.Refusal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who reads the analytics: analysts, administrators and the ministry's independent observers. The figures are counts
 * and durations with no person in them, so every reader sees every region.
 */
@Component
public class AnalyticsAccess {

  static final List<String> READERS = List.of(Groups.ANALYSTS, Groups.ADMINISTRATORS, Groups.OBSERVERS);

  private final IdentityService identity;

  public AnalyticsAccess(IdentityService identity) {
    this.identity = identity;
  }

  /** The caller's user id; refuses anyone else. */
  public String requireReader() {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      throw Refusal.of(401, "analytics.logIn");
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.stream().noneMatch(READERS::contains)) {
      throw Refusal.of(403, "analytics.forbidden");
    }
    return caller.getUserId();
  }
}
