package kz.edu.leaders.events.contest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.events.contest.ContestRepository.Entry;
import kz.edu.leaders.events.contest.ContestRepository.Juror;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works on a contest, read from its record (never from a submitted variable): the organisers of its region, its
 * jurors, its chair, and which juror scores which entry. The BPMN uses it by name, e.g.
 * {@code camunda:candidateGroups="${contestGroups.organisers(execution)}"}.
 */
@Component("contestGroups")
public class ContestGroups {

  private final ContestRepository contests;

  public ContestGroups(ContestRepository contests) {
    this.contests = contests;
  }

  public String organisers(DelegateExecution execution) {
    return Groups.inRegion(Groups.FORUM_ORGANISERS, contests.get(execution.getProcessBusinessKey()).region());
  }

  public List<String> jurors(DelegateExecution execution) {
    return contests.jurors(execution.getProcessBusinessKey()).stream().map(Juror::userId).toList();
  }

  public String chair(DelegateExecution execution) {
    return contests.chair(execution.getProcessBusinessKey());
  }

  /**
   * One "juror/entry" pair for each admitted entry and each juror not recused from it: a recused juror gets no task
   * for that entry.
   */
  public List<String> scoringPairs(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    List<String> pairs = new ArrayList<>();
    for (Entry entry : contests.admitted(number)) {
      for (Juror juror : contests.jurors(number)) {
        if (!contests.recused(number, juror.userId(), entry.number())) {
          pairs.add(juror.userId() + "/" + entry.number());
        }
      }
    }
    return pairs;
  }

  public static String jurorOf(String pair) {
    return pair.substring(0, pair.lastIndexOf('/'));
  }

  public static int entryOf(String pair) {
    return Integer.parseInt(pair.substring(pair.lastIndexOf('/') + 1));
  }

  public String juror(String pair) {
    return jurorOf(pair);
  }

  /** Whether a user with these groups organises contests of the region (administrators everywhere). */
  public static boolean organises(Collection<String> groupIds, Region region) {
    return groupIds != null && (groupIds.contains(Groups.ADMINISTRATORS)
        || Groups.regionsOf(Groups.FORUM_ORGANISERS, groupIds).contains(region));
  }

  public static List<String> regionsOrganisedBy(Collection<String> groupIds) {
    return Groups.regionsOf(Groups.FORUM_ORGANISERS, groupIds).stream().map(Region::label).sorted().toList();
  }
}
