package kz.edu.leaders.training;

import kz.edu.leaders.common.Reason;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Cancels a course that closed its enrolment with too few: the reason in the record, and one event for the notices. */
@Component
public class CancelCourseDelegate implements JavaDelegate {

  private final CourseRepository courses;
  private final ParticipantRepository participants;
  private final TrainingSettings settings;
  private final ApplicationEventPublisher events;

  public CancelCourseDelegate(CourseRepository courses, ParticipantRepository participants, TrainingSettings settings,
                              ApplicationEventPublisher events) {
    this.courses = courses;
    this.participants = participants;
    this.settings = settings;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String course = execution.getProcessBusinessKey();
    String reason = Reason.forRecord(Reason.of("training.cancel.tooFew", participants.count(course),
        settings.getMinimumParticipants()));
    courses.cancel(course, reason);
    execution.setVariable("cancelReason", reason);
    events.publishEvent(new TrainingCourseCancelled(course, participants.ids(course), reason));
  }
}
