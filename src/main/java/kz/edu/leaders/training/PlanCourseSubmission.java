package kz.edu.leaders.training;

import java.time.LocalDate;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.training.CourseRepository.NewCourse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start of TrainingCourse: a regional officer or CPE coordinator plans a course of a region they work in. Writes the
 * course record, makes its number the business key, and keeps only the variables the process and its forms need.
 */
@Component
public class PlanCourseSubmission extends FormSubmission<NewCourse> {

  private final CourseRepository courses;

  public PlanCourseSubmission(CourseRepository courses) {
    this.courses = courses;
  }

  @Override
  protected NewCourse read(DelegateExecution execution, Values values) {
    String title = values.text("courseTitle", true, 3, 300);
    String trainer = values.text("trainer", true, 64);
    Integer hours = values.wholeNumber("hours", 1, 500);
    Region region = values.choice("region", Region.class);
    String targetGroup = values.text("targetGroup", true, 3, 300);
    Integer capacity = values.wholeNumber("capacity", 1, 5000);
    LocalDate start = values.date("plannedStart");
    LocalDate end = values.date("plannedEnd");
    if (start != null && end != null && end.isBefore(start)) {
      values.error("plannedEnd", "training.plan.endBeforeStart", start);
    }
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    if (trainer != null && identity.createUserQuery().userId(trainer).memberOfGroup(Groups.TRAINERS).count() == 0) {
      values.error("trainer", "training.trainerUnknown", trainer);
    }
    Authentication user = identity.getCurrentAuthentication();
    if (region != null && user != null && !CourseGroups.plansIn(user.getGroupIds(), region)) {
      values.error("region", "training.plan.ownRegionOnly", CourseGroups.regionsPlannedBy(user.getGroupIds()));
    }
    if (!values.valid()) {
      return null;
    }
    return new NewCourse(title, region, targetGroup, hours, capacity, start, end, trainer);
  }

  @Override
  protected void record(DelegateExecution execution, NewCourse course) {
    String number = courses.nextNumber(course.plannedStart().getYear());
    courses.insert(number, course, CurrentUser.id(execution), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(number);
    for (String submitted : execution.getVariableNames()) {
      execution.removeVariable(submitted);
    }
    execution.setVariable("courseNumber", number);
    execution.setVariable("courseTitle", course.title());
    execution.setVariable("regionName", course.region().label());
    execution.setVariable("capacity", course.capacity());
    execution.setVariable("plannedDates", course.plannedStart() + " – " + course.plannedEnd());
    execution.setVariable("enrolledCount", 0);
  }
}
