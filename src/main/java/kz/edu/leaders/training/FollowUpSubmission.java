package kz.edu.leaders.training;

import java.time.LocalDate;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "Record the further support": what the region gave the course's graduates, and when; the course is completed. */
@Component
public class FollowUpSubmission extends FormSubmission<FollowUpSubmission.Support> {

  record Support(String text, LocalDate date) {}

  private final CourseRepository courses;

  public FollowUpSubmission(CourseRepository courses) {
    this.courses = courses;
  }

  @Override
  protected Support read(DelegateExecution execution, Values values) {
    String text = values.text("supportGiven", true, 10, 4000);
    LocalDate date = values.date("supportDate");
    if (date != null && date.isAfter(LocalDate.now())) {
      values.error("supportDate", "training.followUp.future");
    }
    return new Support(text, date);
  }

  @Override
  protected void record(DelegateExecution execution, Support support) {
    String course = execution.getProcessBusinessKey();
    courses.recordFollowUp(course, support.text(), support.date(), CurrentUser.id(execution));
    courses.status(course, TrainingCourse.COMPLETED);
  }
}
