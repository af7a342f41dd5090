package kz.edu.leaders.common;

import java.util.Arrays;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The caller of the app's own REST API, as authenticated by the engine's HTTP Basic filter on /api/*.
 * Checks the caller's group, and runs engine calls the API makes on the caller's behalf.
 */
@Component
public class ApiCaller {

  private final IdentityService identityService;

  public ApiCaller(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The authenticated user id, after checking that the caller belongs to one of the groups. */
  public String requireAnyGroup(String... groups) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new ForbiddenException("authentication required");
    }
    boolean member = authentication.getGroupIds() != null
        && authentication.getGroupIds().stream().anyMatch(Arrays.asList(groups)::contains);
    if (!member) {
      throw new ForbiddenException("user '" + authentication.getUserId() + "' is not in any of the groups "
          + Arrays.toString(groups));
    }
    return authentication.getUserId();
  }

  /**
   * Runs an engine call with the application's own rights, for steps the API has already authorised
   * (e.g. correlating a test result): the caller's group is not given engine-wide UPDATE rights on
   * process instances, which would also open /engine-rest to it.
   */
  public <T> T asApplication(Supplier<T> call) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return call.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public static class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
      super(message);
    }
  }
}
