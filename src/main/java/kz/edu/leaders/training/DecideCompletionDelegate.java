package kz.edu.leaders.training;

import java.util.Map;
import kz.edu.leaders.common.Reason;
import kz.edu.leaders.training.CompletionRules.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * End of a stream: each participant's outcome by {@link CompletionRules}, recorded with its reason, and a certificate
 * for each who completed. A retried step issues no second certificate.
 */
@Component
public class DecideCompletionDelegate implements JavaDelegate {

  private final ParticipantRepository participants;
  private final Certificates certificates;
  private final TrainingSettings settings;

  public DecideCompletionDelegate(ParticipantRepository participants, Certificates certificates,
                                  TrainingSettings settings) {
    this.participants = participants;
    this.certificates = certificates;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String course = execution.getProcessBusinessKey();
    int stream = CourseGroups.streamNo(execution);
    CompletionRules rules = CompletionRules.of(settings);
    int days = participants.daysRecorded(course, stream);
    Map<Long, Integer> absences = participants.absences(course, stream);
    Map<Long, String> failed = participants.failedFinalWork(course, stream);
    int completed = 0;
    for (Map.Entry<Integer, Long> member : participants.ofStream(course, stream).entrySet()) {
      long id = member.getValue();
      Outcome outcome = rules.decide(days, absences.getOrDefault(id, 0), failed.get(id));
      participants.recordOutcome(id, outcome.completed(), outcome.attendancePercent(),
          Reason.forRecord(outcome.reasons()));
      if (outcome.completed()) {
        certificates.issue(course, member.getKey(), null);
        completed++;
      }
    }
    execution.setVariableLocal("streamCompleted", completed);
  }
}
