package kz.edu.leaders.appointment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.edu.leaders.common.ApiCaller.ForbiddenException;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.domain.Region;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read which vacancy cases. Administrators and independent observers read every case; anyone with a
 * regional role in appointments reads the cases of the regions whose group of that role they are in; the
 * rest may not use the case API at all.
 */
@Component
public class CaseAccess {

  private static final List<String> EVERY_REGION = List.of(Groups.ADMINISTRATORS, Groups.OBSERVERS);

  private final IdentityService identityService;

  public CaseAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The current API caller's scope; refuses a caller who has no part in appointments. */
  public CaseScope ofCaller() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new ForbiddenException("authentication required");
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (groups.stream().anyMatch(EVERY_REGION::contains)) {
      return CaseScope.all();
    }
    Set<Region> regions = EnumSet.noneOf(Region.class);
    Groups.APPOINTMENT_REGIONAL_ROLES.forEach(role -> regions.addAll(Groups.regionsOf(role, groups)));
    if (regions.isEmpty() && groups.stream().noneMatch(Groups.APPOINTMENT_REGIONAL_ROLES::contains)) {
      throw new ForbiddenException("user '" + authentication.getUserId() + "' has no role in appointments");
    }
    return CaseScope.of(regions);
  }
}
