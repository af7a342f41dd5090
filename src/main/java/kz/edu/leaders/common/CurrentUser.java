package kz.edu.leaders.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine right now: the Tasklist or REST user, or nobody for timers and jobs. */
public final class CurrentUser {

  private CurrentUser() {}

  public static String id(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
