package kz.edu.leaders.talentpool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import kz.edu.leaders.common.ApiCaller;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A region's talent pool and its nominations, for the officers who work on them: the region's district and
 * regional officers (and administrators). Another region's pool answers 404, as if it did not exist. The IIN and
 * phone are shown, since these readers work on the nominations.
 */
@RestController
public class TalentPoolController {

  private final TalentPoolRepository pool;
  private final PoolCalendar calendar;
  private final ApiCaller caller;
  private final IdentityService identityService;

  public TalentPoolController(TalentPoolRepository pool, PoolCalendar calendar, ApiCaller caller,
                              IdentityService identityService) {
    this.pool = pool;
    this.calendar = calendar;
    this.caller = caller;
    this.identityService = identityService;
  }

  @GetMapping("/api/talent-pool/{region}")
  public RegionPool regionPool(@PathVariable String region) {
    Region asked = readable(region);
    LocalDate today = calendar.today();
    List<EntryView> entries = pool.entries(asked).stream().map(e -> new EntryView(e.number(), e.iin(), e.surname(),
        e.firstName(), e.patronymic(), e.currentPost(), e.organisation(), e.termFrom(), e.termUntil(), e.status(),
        TalentPoolRepository.ACTIVE.equals(e.status()) && !e.termFrom().isAfter(today) && !e.termUntil()
            .isBefore(today), e.nominationNumber())).toList();
    List<NominationView> nominations = pool.nominations(asked).stream().map(n -> new NominationView(n.number(),
        n.iin(), n.fullName(), n.phone(), n.currentPost(), n.organisation(), n.experienceYears(), n.courses(),
        n.results(), n.grounds(), n.status(), n.nominatedBy(), n.nominatedAt(), n.decisionReason(), n.decidedBy(),
        n.decidedAt(), n.termFrom(), n.termUntil())).toList();
    return new RegionPool(asked.name(), asked.label(),
        (int) entries.stream().filter(EntryView::activeToday).count(), entries, nominations);
  }

  private Region readable(String code) {
    caller.requireAnyGroup(Groups.DISTRICT_OFFICERS, Groups.REGIONAL_OFFICERS, Groups.ADMINISTRATORS);
    Authentication user = identityService.getCurrentAuthentication();
    Region region = Arrays.stream(Region.values()).filter(r -> r.name().equalsIgnoreCase(code)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such region: " + code));
    boolean allowed = user.getGroupIds().contains(Groups.ADMINISTRATORS) || Groups.TALENT_POOL_ROLES.stream()
        .anyMatch(role -> Groups.regionsOf(role, user.getGroupIds()).contains(region));
    if (!allowed) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no talent pool of " + code + " for this user");
    }
    return region;
  }

  public record RegionPool(String region, String regionName, int activeMembers, List<EntryView> entries,
                           List<NominationView> nominations) {}

  public record EntryView(String entryNumber, String iin, String surname, String firstName, String patronymic,
                          String currentPost, String organisation, LocalDate termFrom, LocalDate termUntil,
                          String status, boolean activeToday, String nominationNumber) {}

  public record NominationView(String nominationNumber, String iin, String fullName, String phone, String currentPost,
                               String organisation, int experienceYears, String courses, String results,
                               String grounds, String status, String nominatedBy, Instant nominatedAt,
                               String decisionReason, String decidedBy, Instant decidedAt, LocalDate termFrom,
                               LocalDate termUntil) {}
}
