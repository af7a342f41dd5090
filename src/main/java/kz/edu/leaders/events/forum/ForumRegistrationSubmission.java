package kz.edu.leaders.events.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.competition.Rows;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Register participants": the rows of the task's list are registered (the same checks as the import; one bad row
 * refuses the list), then the organiser registers more or closes the registration. The names leave the process with
 * the submission: the list starts empty next time, the record keeps them.
 */
@Component
public class ForumRegistrationSubmission extends FormSubmission<ForumRegistrationSubmission.Choice> {

  record Choice(boolean close, List<ParticipantRow> rows) {}

  private final ForumRegistration registration;
  private final ForumParticipants participants;
  private final ForumRepository forums;

  public ForumRegistrationSubmission(ForumRegistration registration, ForumParticipants participants,
                                     ForumRepository forums) {
    this.registration = registration;
    this.participants = participants;
    this.forums = forums;
  }

  @Override
  protected Choice read(DelegateExecution execution, Values values) {
    String action = values.choice("registrationAction", List.of("REGISTER", "CLOSE"));
    List<Map<String, Object>> rows = Rows.read(execution, "participants");
    List<ParticipantRow> read = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ParticipantRow row = ParticipantRow.of(i + 1, rows.get(i));
      // form-js leaves an untouched row of the list empty: nothing to register.
      if (row.fullName() != null || row.position() != null || row.organisation() != null || row.district() != null) {
        read.add(row);
      }
    }
    if ("REGISTER".equals(action) && read.isEmpty()) {
      values.error("participants", "forum.register.noRows");
    }
    if ("CLOSE".equals(action) && read.isEmpty() && participants.count(execution.getProcessBusinessKey()) == 0) {
      values.error("registrationAction", "forum.register.nobody");
    }
    return new Choice("CLOSE".equals(action), read);
  }

  @Override
  protected void record(DelegateExecution execution, Choice choice) {
    String forum = execution.getProcessBusinessKey();
    if (!choice.rows().isEmpty()) {
      registration.register(forum, choice.rows(), CurrentUser.id(execution), true);
    }
    if (choice.close()) {
      forums.closeRegistration(forum, CurrentUser.id(execution));
    }
    execution.removeVariable("participants");
    execution.removeVariable("registrationAction");
    execution.setVariable("registeredCount", participants.count(forum));
    execution.setVariable("registrationClosed", choice.close());
  }
}
