package kz.edu.leaders.training;

import java.util.Map;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Assess the final work" (the school's development plan): the trainer names, one a line, those who failed or did
 * not submit, each with a reason ("12: did not submit"); everyone else of the stream passed.
 */
@Component
public class FinalWorkSubmission extends FormSubmission<Map<Long, String>> {

  private final ParticipantRepository participants;

  public FinalWorkSubmission(ParticipantRepository participants) {
    this.participants = participants;
  }

  @Override
  protected Map<Long, String> read(DelegateExecution execution, Values values) {
    String text = values.text("failedFinalWork", false, 50000);
    return AbsentList.read(text, participants.roster(execution.getProcessBusinessKey(),
        CourseGroups.streamNo(execution)), values, "failedFinalWork", true);
  }

  @Override
  protected void record(DelegateExecution execution, Map<Long, String> failed) {
    participants.recordFinalWork(execution.getProcessBusinessKey(), CourseGroups.streamNo(execution), failed,
        CurrentUser.id(execution));
    execution.setVariableLocal("failedFinalWork", null);
  }
}
