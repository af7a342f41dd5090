package kz.edu.leaders.training;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Rules of the advanced-training courses that an analyst may change ({@code leaders.training.*}); the BPMN reads
 * them by bean name, e.g. {@code ${trainingSettings.followUpAfter}}.
 */
@Component("trainingSettings")
@ConfigurationProperties(prefix = "leaders.training")
public class TrainingSettings {

  /** Fewer enrolled than this when enrolment closes: the course is cancelled. */
  private int minimumParticipants = 10;
  /** A participant completes with at least this share of the stream's recorded days attended. */
  private int minimumAttendancePercent = 80;
  /** Whether completing needs the final work passed. */
  private boolean finalWorkRequired = true;
  /** ISO-8601 period after the last stream ends at which the follow-up task opens. */
  private String followUpAfter = "P3M";
  /** At most this many streams a course is split into. */
  private int maximumStreams = 10;

  public int getMinimumParticipants() {
    return minimumParticipants;
  }

  public void setMinimumParticipants(int minimumParticipants) {
    this.minimumParticipants = minimumParticipants;
  }

  public int getMinimumAttendancePercent() {
    return minimumAttendancePercent;
  }

  public void setMinimumAttendancePercent(int minimumAttendancePercent) {
    this.minimumAttendancePercent = minimumAttendancePercent;
  }

  public boolean isFinalWorkRequired() {
    return finalWorkRequired;
  }

  public void setFinalWorkRequired(boolean finalWorkRequired) {
    this.finalWorkRequired = finalWorkRequired;
  }

  public String getFollowUpAfter() {
    return followUpAfter;
  }

  public void setFollowUpAfter(String followUpAfter) {
    this.followUpAfter = followUpAfter;
  }

  public int getMaximumStreams() {
    return maximumStreams;
  }

  public void setMaximumStreams(int maximumStreams) {
    this.maximumStreams = maximumStreams;
  }
}
