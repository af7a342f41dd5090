package kz.edu.leaders.training;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Every stream has ended: the course waits for its follow-up (training_course.status FOLLOW_UP). */
@Component
public class CourseStatusListener implements ExecutionListener {

  private final CourseRepository courses;

  public CourseStatusListener(CourseRepository courses) {
    this.courses = courses;
  }

  @Override
  public void notify(DelegateExecution execution) {
    courses.status(execution.getProcessBusinessKey(), TrainingCourse.FOLLOW_UP);
  }
}
