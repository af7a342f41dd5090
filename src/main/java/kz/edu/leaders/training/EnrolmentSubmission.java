package kz.edu.leaders.training;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Enrol participants": each submission enrols one participant (the same checks as the import) or closes the
 * enrolment. Closing with fewer than {@code leaders.training.minimum-participants} sends the course to cancellation.
 */
@Component
public class EnrolmentSubmission extends FormSubmission<EnrolmentSubmission.Choice> {

  static final List<String> FIELDS = List.of("iin", "fullName", "organisation", "district", "post", "phone");

  record Choice(boolean close, EnrolmentRow row) {}

  private final ParticipantEnrolment enrolment;
  private final ParticipantRepository participants;
  private final CourseRepository courses;
  private final TrainingSettings settings;

  public EnrolmentSubmission(ParticipantEnrolment enrolment, ParticipantRepository participants,
                             CourseRepository courses, TrainingSettings settings) {
    this.enrolment = enrolment;
    this.participants = participants;
    this.courses = courses;
    this.settings = settings;
  }

  @Override
  protected Choice read(DelegateExecution execution, Values values) {
    String action = values.choice("enrolmentAction", List.of("ENROL", "CLOSE"));
    if (!"ENROL".equals(action)) {
      return new Choice(true, null);
    }
    Map<String, Object> fields = new java.util.HashMap<>();
    FIELDS.forEach(field -> fields.put(field, values.raw(field)));
    return new Choice(false, EnrolmentRow.of(1, fields));
  }

  @Override
  protected void record(DelegateExecution execution, Choice choice) {
    String course = execution.getProcessBusinessKey();
    if (!choice.close()) {
      ImportReport.RowResult result = enrolment.enrol(course, List.of(choice.row()), CurrentUser.id(execution))
          .rows().get(0);
      if (!result.isAccepted()) {
        throw new InvalidSubmissionException(new FieldError(result.field(), result.code(), result.args()));
      }
    } else {
      courses.closeEnrolment(course, CurrentUser.id(execution));
    }
    // Personal data stays in the record; the next round of the form starts empty.
    FIELDS.forEach(execution::removeVariable);
    execution.removeVariable("enrolmentAction");
    int enrolled = participants.count(course);
    execution.setVariable("enrolledCount", enrolled);
    execution.setVariable("enrolmentClosed", choice.close());
    execution.setVariable("enoughParticipants", enrolled >= settings.getMinimumParticipants());
  }
}
