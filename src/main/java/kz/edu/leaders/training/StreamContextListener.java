package kz.edu.leaders.training;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.training.CourseRepository.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a stream (one instance of the multi-instance sub-process): what its forms show, and the fields its trainer
 * submits, as variables local to the stream, so that streams running side by side never see each other's values.
 */
@Component
public class StreamContextListener implements ExecutionListener {

  /**
   * The fields of the stream's forms: local, so a submission stays in its stream. The choice of what comes next is
   * not among them, so its form shows its default; the submission removes it again.
   */
  static final List<String> STREAM_FIELDS = List.of("attendanceDay", "absentees", "failedFinalWork");

  private final CourseRepository courses;
  private final ParticipantRepository participants;

  public StreamContextListener(CourseRepository courses, ParticipantRepository participants) {
    this.courses = courses;
    this.participants = participants;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String course = execution.getProcessBusinessKey();
    int number = CourseGroups.streamNo(execution);
    Stream stream = courses.stream(course, number);
    Map<Integer, Long> members = participants.ofStream(course, number);
    execution.setVariableLocal("streamNo", number);
    execution.setVariableLocal("streamDates", stream.startsOn() + " – " + stream.endsOn());
    execution.setVariableLocal("streamParticipants", members.isEmpty() ? "—"
        : "№ " + members.keySet().stream().min(Integer::compare).orElseThrow() + " – "
            + members.keySet().stream().max(Integer::compare).orElseThrow() + " (" + members.size() + ")");
    STREAM_FIELDS.forEach(field -> execution.setVariableLocal(field, null));
  }
}
