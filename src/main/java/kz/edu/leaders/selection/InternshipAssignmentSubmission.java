package kz.edu.leaders.selection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.common.WorkingDayCalendar;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Checks and records the coordinator's "Record training and assign internship": the basic module is
 * completed, the mentor is a member of group mentors, the internship ends after it starts. Sets who
 * evaluates and by when.
 */
@Component("internshipAssignmentSubmission")
public class InternshipAssignmentSubmission implements ExecutionListener {

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

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    Values values = new Values(execution.getVariables(), errors);
    if (!Boolean.TRUE.equals(execution.getVariable("basicModuleCompleted"))) {
      errors.add(new FieldError("basicModuleCompleted", "the basic module must be completed before the internship"));
    }
    LocalDate moduleCompleted = values.date("basicModuleCompletedOn");
    String school = values.text("leadingSchool", true, 300);
    String mentor = values.text("mentorId", true, 64);
    if (mentor != null && identityService.createUserQuery().userId(mentor).memberOfGroup(Groups.MENTORS).count() == 0) {
      errors.add(new FieldError("mentorId", "'" + mentor + "' is not a mentor (group " + Groups.MENTORS + ")"));
    }
    LocalDate start = values.date("internshipStart");
    LocalDate end = values.date("internshipEnd");
    if (start != null && end != null && !end.isAfter(start)) {
      errors.add(new FieldError("internshipEnd", "must be after the start date"));
    }
    if (start != null && end != null && end.isAfter(start.plusDays(MAX_INTERNSHIP_DAYS))) {
      errors.add(new FieldError("internshipEnd", "an internship lasts at most a year"));
    }
    if (moduleCompleted != null && start != null && start.isBefore(moduleCompleted)) {
      errors.add(new FieldError("internshipStart", "must not be before the basic module was completed"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    internships.assign(execution.getProcessBusinessKey(), moduleCompleted, school, mentor, start, end,
        CurrentUser.id(execution));
    execution.setVariable("mentorId", mentor);
    execution.setVariable("leadingSchool", school);
    execution.setVariable("internshipStart", start.toString());
    execution.setVariable("internshipEnd", end.toString());
    // The evaluation is due by the end of the last internship day.
    execution.setVariable("internshipEvaluationDue",
        Date.from(end.plusDays(1).atStartOfDay(ZoneId.of(calendar.zone())).toInstant()));
    execution.removeVariable(MentorOptionsListener.VARIABLE);
  }
}
