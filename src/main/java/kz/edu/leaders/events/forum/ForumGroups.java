package kz.edu.leaders.events.forum;

import java.util.Collection;
import java.util.List;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works on a forum: the forum organisers of its region, read from the forum record (never from a submitted
 * variable). The BPMN uses it by name: {@code camunda:candidateGroups="${forumGroups.of(execution)}"}.
 */
@Component("forumGroups")
public class ForumGroups {

  private final ForumRepository forums;

  public ForumGroups(ForumRepository forums) {
    this.forums = forums;
  }

  public String of(DelegateExecution execution) {
    return Groups.inRegion(Groups.FORUM_ORGANISERS, forums.get(execution.getProcessBusinessKey()).region());
  }

  /** Whether a user with these groups organises forums of the region (administrators: everywhere). */
  public static boolean organisesIn(Collection<String> groupIds, Region region) {
    return groupIds != null && (groupIds.contains(Groups.ADMINISTRATORS)
        || Groups.regionsOf(Groups.FORUM_ORGANISERS, groupIds).contains(region));
  }

  /** Whether the user may read every forum without working on any: administrators and observers. */
  public static boolean readsAll(Collection<String> groupIds) {
    return groupIds != null && (groupIds.contains(Groups.ADMINISTRATORS) || groupIds.contains(Groups.OBSERVERS));
  }

  public static List<String> regionsOrganisedBy(Collection<String> groupIds) {
    return Groups.regionsOf(Groups.FORUM_ORGANISERS, groupIds).stream().map(Region::label).sorted().toList();
  }
}
