package kz.edu.leaders.training;

/** The process TrainingCourse: its key and the statuses of its course record. */
public final class TrainingCourse {

  public static final String PROCESS_KEY = "TrainingCourse";

  /** training_course.status */
  public static final String ENROLMENT = "ENROLMENT";
  public static final String RUNNING = "RUNNING";
  public static final String FOLLOW_UP = "FOLLOW_UP";
  public static final String COMPLETED = "COMPLETED";
  public static final String CANCELLED = "CANCELLED";

  private TrainingCourse() {}
}
