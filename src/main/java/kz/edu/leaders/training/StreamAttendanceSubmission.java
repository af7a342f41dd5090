package kz.edu.leaders.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.training.CourseRepository.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Record attendance": one day of the stream, the absent only (participant numbers). The day must be one of the
 * stream's dates; a day recorded again replaces its absences. The trainer records another day or finishes.
 */
@Component
public class StreamAttendanceSubmission extends FormSubmission<StreamAttendanceSubmission.Day> {

  record Day(LocalDate day, List<Long> absent, boolean done) {}

  private final CourseRepository courses;
  private final ParticipantRepository participants;

  public StreamAttendanceSubmission(CourseRepository courses, ParticipantRepository participants) {
    this.courses = courses;
    this.participants = participants;
  }

  @Override
  protected Day read(DelegateExecution execution, Values values) {
    String course = execution.getProcessBusinessKey();
    int number = CourseGroups.streamNo(execution);
    Stream stream = courses.stream(course, number);
    String action = values.choice("attendanceAction", List.of("NEXT_DAY", "DONE"));
    LocalDate day = values.date("attendanceDay");
    if (day != null && (day.isBefore(stream.startsOn()) || day.isAfter(stream.endsOn()))) {
      values.error("attendanceDay", "training.attendance.outsideStream", day, number, stream.startsOn(),
          stream.endsOn());
    }
    String text = values.text("absentees", false, 20000);
    List<Long> absent = new ArrayList<>(AbsentList.read(text, participants.roster(course, number), values,
        "absentees", false).keySet());
    return new Day(day, absent, "DONE".equals(action));
  }

  @Override
  protected void record(DelegateExecution execution, Day day) {
    participants.recordDay(execution.getProcessBusinessKey(), CourseGroups.streamNo(execution), day.day(),
        day.absent(), CurrentUser.id(execution));
    execution.setVariableLocal("attendanceDone", day.done());
    execution.setVariableLocal("absentees", null);
    execution.setVariableLocal("attendanceDay", null);
    execution.removeVariable("attendanceAction");
  }
}
