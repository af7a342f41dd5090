package kz.edu.leaders.events.forum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.events.forum.ForumRepository.Forum;
import kz.edu.leaders.training.AbsentList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Record attendance": one day of the forum, the absent only (participant numbers, as the training course's trainer
 * types them). The day must be one of the forum's days; a day recorded again replaces its absences. The organiser
 * records another day or finishes.
 */
@Component
public class ForumAttendanceSubmission extends FormSubmission<ForumAttendanceSubmission.Day> {

  record Day(LocalDate day, List<Long> absent, boolean done) {}

  private final ForumRepository forums;
  private final ForumParticipants participants;

  public ForumAttendanceSubmission(ForumRepository forums, ForumParticipants participants) {
    this.forums = forums;
    this.participants = participants;
  }

  @Override
  protected Day read(DelegateExecution execution, Values values) {
    Forum forum = forums.get(execution.getProcessBusinessKey());
    String action = values.choice("attendanceAction", List.of("NEXT_DAY", "DONE"));
    LocalDate day = values.date("attendanceDay");
    if (day != null && (day.isBefore(forum.firstDay()) || day.isAfter(forum.lastDay()))) {
      values.error("attendanceDay", "forum.attendance.outsideForum", day, forum.firstDay(), forum.lastDay());
    }
    Map<Integer, Long> ids = participants.ids(forum.number());
    String text = values.text("absentees", false, 20000);
    List<Long> absent = new ArrayList<>(AbsentList.read(text, who -> who.matches("\\d{1,6}")
        ? ids.get(Integer.parseInt(who)) : null, values, "absentees", false, "forum.attendance.notParticipants")
        .keySet());
    return new Day(day, absent, "DONE".equals(action));
  }

  @Override
  protected void record(DelegateExecution execution, Day day) {
    forums.recordDay(execution.getProcessBusinessKey(), day.day(), day.absent(), CurrentUser.id(execution));
    execution.setVariable("attendanceDone", day.done());
    execution.removeVariable("absentees");
    execution.removeVariable("attendanceDay");
    execution.removeVariable("attendanceAction");
  }
}
