package kz.edu.leaders.training;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.competition.Rows;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.training.CourseRepository.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Split into streams": one row per stream with its dates and trainer (a member of {@code trainers}). The server
 * assigns the participants in enrolment order, evenly (the first streams take one more when it does not divide),
 * records it, and sets when the follow-up is due: {@code leaders.training.follow-up-after} after the last stream.
 */
@Component
public class StreamPlanSubmission extends FormSubmission<List<Stream>> {

  private final CourseRepository courses;
  private final ParticipantRepository participants;
  private final TrainingSettings settings;

  public StreamPlanSubmission(CourseRepository courses, ParticipantRepository participants,
                              TrainingSettings settings) {
    this.courses = courses;
    this.participants = participants;
    this.settings = settings;
  }

  @Override
  protected List<Stream> read(DelegateExecution execution, Values values) {
    List<Map<String, Object>> rows = Rows.read(execution, "streams");
    int enrolled = participants.count(execution.getProcessBusinessKey());
    if (rows.isEmpty() || rows.size() > Math.min(settings.getMaximumStreams(), enrolled)) {
      values.error("streams", "training.streams.count", Math.min(settings.getMaximumStreams(), enrolled));
      return List.of();
    }
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    List<Stream> streams = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String prefix = "streams[" + (i + 1) + "]";
      Values row = new Values(rows.get(i)::get, new ArrayList<>());
      LocalDate start = row.date("startsOn");
      LocalDate end = row.date("endsOn");
      String trainer = row.text("trainer", true, 64);
      if (start != null && end != null && end.isBefore(start)) {
        row.error("endsOn", "training.plan.endBeforeStart", start);
      }
      if (trainer != null && identity.createUserQuery().userId(trainer).memberOfGroup(Groups.TRAINERS).count() == 0) {
        row.error("trainer", "training.trainerUnknown", trainer);
      }
      row.errors().forEach(error -> values.errors().add(error.under(prefix)));
      streams.add(new Stream(i + 1, start, end, trainer));
    }
    return streams;
  }

  @Override
  protected void record(DelegateExecution execution, List<Stream> streams) {
    String course = execution.getProcessBusinessKey();
    courses.insertStreams(course, streams, CurrentUser.id(execution));
    int enrolled = participants.count(course);
    int from = 1;
    for (Stream stream : streams) {
      int size = enrolled / streams.size() + (stream.number() <= enrolled % streams.size() ? 1 : 0);
      participants.assignStream(course, stream.number(), from, from + size - 1);
      from += size;
    }
    courses.status(course, TrainingCourse.RUNNING);
    LocalDate lastDay = streams.stream().map(Stream::endsOn).max(LocalDate::compareTo).orElseThrow();
    execution.removeVariable("streams");
    execution.setVariable("streamCount", streams.size());
    execution.setVariable("followUpAt", lastDay.plus(Period.parse(settings.getFollowUpAfter())).toString()
        + "T09:00:00");
  }
}
