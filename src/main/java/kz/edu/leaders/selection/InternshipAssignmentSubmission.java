package kz.edu.leaders.selection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.common.WorkingDayCalendar;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Record training and assign internship": the basic module is done, and the internship gets its leading school,
 * a mentor of the mentors' group and its dates.
 */
@Component("internshipAssignmentSubmission")
public class InternshipAssignmentSubmission extends FormSubmission<InternshipAssignmentSubmission.Assignment> {

  static final int MAX_INTERNSHIP_DAYS = 366;

  private final InternshipRepository internships;
  private final IdentityService identityService;
  private final WorkingDayCalendar calendar;

  public InternshipAssignmentSubmission(InternshipRepository internships, IdentityService identityService,
                                        WorkingDayCalendar calendar) {
    this.internships = internships;
    this.identityService = identityService;
    this.calendar = calendar;
  }

  record Assignment(LocalDate moduleCompleted, String school, String mentor, LocalDate start, LocalDate end) {}

  @Override
  protected Assignment read(DelegateExecution execution, Values values) {
    if (!Boolean.TRUE.equals(values.raw("basicModuleCompleted"))) {
      values.error("basicModuleCompleted", "selection.internship.moduleFirst");
    }
    LocalDate moduleCompleted = values.date("basicModuleCompletedOn");
    String school = values.text("leadingSchool", true, 300);
    String mentor = values.text("mentorId", true, 64);
    if (mentor != null && identityService.createUserQuery().userId(mentor).memberOfGroup(Groups.MENTORS).count() == 0) {
      values.error("mentorId", "selection.internship.notAMentor", mentor, Groups.MENTORS);
    }
    LocalDate start = values.date("internshipStart");
    LocalDate end = values.date("internshipEnd");
    if (start != null && end != null && !end.isAfter(start)) {
      values.error("internshipEnd", "selection.internship.endBeforeStart");
    }
    if (start != null && end != null && end.isAfter(start.plusDays(MAX_INTERNSHIP_DAYS))) {
      values.error("internshipEnd", "selection.internship.tooLong");
    }
    if (moduleCompleted != null && start != null && start.isBefore(moduleCompleted)) {
      values.error("internshipStart", "selection.internship.startBeforeModule");
    }
    return new Assignment(moduleCompleted, school, mentor, start, end);
  }

  @Override
  protected void record(DelegateExecution execution, Assignment a) {
    internships.assign(execution.getProcessBusinessKey(), a.moduleCompleted(), a.school(), a.mentor(), a.start(),
        a.end(), CurrentUser.id(execution));
    execution.setVariable("mentorId", a.mentor());
    execution.setVariable("leadingSchool", a.school());
    execution.setVariable("internshipStart", a.start().toString());
    execution.setVariable("internshipEnd", a.end().toString());
    // The evaluation is due by the end of the last internship day.
    execution.setVariable("internshipEvaluationDue",
        Date.from(a.end().plusDays(1).atStartOfDay(ZoneId.of(calendar.zone())).toInstant()));
    execution.removeVariable(MentorOptionsListener.VARIABLE);
  }
}
