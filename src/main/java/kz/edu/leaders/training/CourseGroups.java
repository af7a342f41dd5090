package kz.edu.leaders.training;

import java.util.Collection;
import java.util.List;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works on a course: the region's officers and the CPE's coordinators of the region, read from the course
 * record (never from a submitted variable), and each stream's trainer. The BPMN uses it by name:
 * {@code camunda:candidateGroups="${courseGroups.of(execution)}"}, {@code camunda:assignee="${courseGroups.trainer(execution)}"}.
 */
@Component("courseGroups")
public class CourseGroups {

  /** The roles that plan and run a region's courses. */
  public static final List<String> PLANNING_ROLES = List.of(Groups.REGIONAL_OFFICERS, Groups.CPE_COORDINATORS);

  private final CourseRepository courses;

  public CourseGroups(CourseRepository courses) {
    this.courses = courses;
  }

  public List<String> of(DelegateExecution execution) {
    return ofRegion(courses.get(execution.getProcessBusinessKey()).region());
  }

  public static List<String> ofRegion(Region region) {
    return PLANNING_ROLES.stream().map(role -> Groups.inRegion(role, region)).toList();
  }

  /** The trainer of the stream this execution of the multi-instance works on. */
  public String trainer(DelegateExecution execution) {
    return courses.stream(execution.getProcessBusinessKey(), streamNo(execution)).trainer();
  }

  /** The multi-instance's own counter, 0-based: stream 1 is the first instance. */
  public static int streamNo(DelegateExecution execution) {
    return ((Number) execution.getVariable("loopCounter")).intValue() + 1;
  }

  /** The regions in which a user with these groups plans courses. */
  public static boolean plansIn(Collection<String> groupIds, Region region) {
    return groupIds != null && (groupIds.contains(Groups.ADMINISTRATORS)
        || PLANNING_ROLES.stream().anyMatch(role -> Groups.regionsOf(role, groupIds).contains(region)));
  }

  public static List<String> regionsPlannedBy(Collection<String> groupIds) {
    return PLANNING_ROLES.stream().flatMap(role -> Groups.regionsOf(role, groupIds).stream()).distinct()
        .map(Region::label).sorted().toList();
  }
}
