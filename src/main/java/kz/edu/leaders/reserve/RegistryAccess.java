package kz.edu.leaders.reserve;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.edu.leaders.common.ApiCaller.ForbiddenException;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read which reserve entries, and who may revoke one. Administrators, the CPE's national coordinators and the
 * independent observers read every region; a regional officer, or a CPE coordinator in a region's branch, reads the
 * regions whose group they are in. Revoking is the CPE's and the administrators' decision: observers only read, and a
 * regional officer does not take a person out of the Republican reserve.
 */
@Component
public class RegistryAccess {

  private static final List<String> REGIONAL_ROLES = List.of(Groups.REGIONAL_OFFICERS, Groups.CPE_COORDINATORS);

  private final IdentityService identityService;

  public RegistryAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The caller's scope; refuses a caller with no part in the reserve. */
  public Scope ofCaller() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new ForbiddenException("authentication required");
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    String user = authentication.getUserId();
    boolean admin = groups.contains(Groups.ADMINISTRATORS);
    Set<Region> coordinatorRegions = Groups.regionsOf(Groups.CPE_COORDINATORS, groups);
    // A coordinator with no branch group works for the CPE nationally (the demo's "coordinator").
    boolean nationalCpe = groups.contains(Groups.CPE_COORDINATORS) && coordinatorRegions.isEmpty();
    if (admin || nationalCpe) {
      return new Scope(user, null, true);
    }
    if (groups.contains(Groups.OBSERVERS)) {
      return new Scope(user, null, false);
    }
    Set<Region> regions = EnumSet.noneOf(Region.class);
    REGIONAL_ROLES.forEach(role -> regions.addAll(Groups.regionsOf(role, groups)));
    if (regions.isEmpty() && groups.stream().noneMatch(REGIONAL_ROLES::contains)) {
      throw new ForbiddenException("user '" + user + "' has no part in the reserve");
    }
    return new Scope(user, Set.copyOf(regions), false);
  }

  /**
   * What the caller may see and do: {@code regions} null means every region; {@code mayRevoke} for the CPE's national
   * coordinators and administrators.
   */
  public record Scope(String userId, Set<Region> regions, boolean mayRevoke) {

    public boolean covers(Region region) {
      return regions == null || regions.contains(region);
    }

    public boolean covers(String region) {
      return regions == null || regions.stream().anyMatch(r -> r.name().equals(region));
    }
  }
}
