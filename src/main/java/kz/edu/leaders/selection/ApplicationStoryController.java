package kz.edu.leaders.selection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.edu.leaders.common.ApiCaller.ForbiddenException;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.web.Refusal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application's whole story ({@link ApplicationStory}) for those who may see the case: administrators, independent
 * observers and the CPE's national coordinators for every application; the CPE's operators and coordinators of a
 * region's branch for that region's. An application of another region answers 404, as the appointment case API does;
 * anybody else is refused. The national application portal sees the candidate's status only, not who decided.
 */
@RestController
public class ApplicationStoryController {

  private static final List<String> EVERY_REGION = List.of(Groups.ADMINISTRATORS, Groups.OBSERVERS);
  private static final List<String> REGIONAL_ROLES = List.of(Groups.CPE_OPERATORS, Groups.CPE_COORDINATORS);

  private final IdentityService identityService;
  private final ApplicationStory stories;
  private final ApplicationRepository applications;

  public ApplicationStoryController(IdentityService identityService, ApplicationStory stories,
                                    ApplicationRepository applications) {
    this.identityService = identityService;
    this.stories = stories;
    this.applications = applications;
  }

  @GetMapping("/api/selection/applications/{number}/story")
  public ApplicationStory.Story story(@PathVariable String number) {
    Set<Region> regions = regionsOfCaller();
    String key = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
    boolean visible = applications.region(key).map(region -> regions == null || regions.contains(region))
        .orElse(false);
    if (!visible) {
      throw Refusal.of(404, "selection.story.notFound", key);
    }
    return stories.of(key).orElseThrow(() -> Refusal.of(404, "selection.story.notFound", key));
  }

  /** Null: every region. */
  private Set<Region> regionsOfCaller() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new ForbiddenException("authentication required");
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    boolean nationalCpe = groups.contains(Groups.CPE_COORDINATORS)
        && Groups.regionsOf(Groups.CPE_COORDINATORS, groups).isEmpty();
    if (nationalCpe || groups.stream().anyMatch(EVERY_REGION::contains)) {
      return null;
    }
    Set<Region> regions = new java.util.HashSet<>();
    REGIONAL_ROLES.forEach(role -> regions.addAll(Groups.regionsOf(role, groups)));
    if (regions.isEmpty()) {
      throw new ForbiddenException("user '" + authentication.getUserId() + "' may not see selection cases");
    }
    return regions;
  }
}
