package kz.edu.leaders.appointment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Rules of the appointment that are not published or may change ({@code leaders.appointment.*}). The BPMN
 * reads them by bean name, e.g. {@code ${appointmentSettings.regionalActionWorkingDays}}.
 */
@Component("appointmentSettings")
@ConfigurationProperties(prefix = "leaders.appointment")
public class AppointmentSettings {

  /** Working days the regional department has to act on a registered vacancy before its head is asked to. */
  private int regionalActionWorkingDays = 5;
  /**
   * Working days a reservist offered a post is asked to answer in: the day is told in the offer (notification
   * reservist-offer); the department records the answer, and no timer acts on it.
   */
  private int reservistAnswerWorkingDays = 5;
  private final ActingHead actingHead = new ActingHead();
  private final Competition competition = new Competition();

  public int getRegionalActionWorkingDays() {
    return regionalActionWorkingDays;
  }

  public void setRegionalActionWorkingDays(int regionalActionWorkingDays) {
    this.regionalActionWorkingDays = regionalActionWorkingDays;
  }

  public int getReservistAnswerWorkingDays() {
    return reservistAnswerWorkingDays;
  }

  public void setReservistAnswerWorkingDays(int reservistAnswerWorkingDays) {
    this.reservistAnswerWorkingDays = reservistAnswerWorkingDays;
  }

  public ActingHead getActingHead() {
    return actingHead;
  }

  public Competition getCompetition() {
    return competition;
  }

  /** A deputy or teacher acts as head until the post is filled: at most maxMonths, assigned once. */
  public static class ActingHead {

    private int maxMonths = 3;
    /** ISO-8601 period before the end of the acting term at which the district department is reminded. */
    private String reminderBefore = "P14D";

    public int getMaxMonths() {
      return maxMonths;
    }

    public void setMaxMonths(int maxMonths) {
      this.maxMonths = maxMonths;
    }

    public String getReminderBefore() {
      return reminderBefore;
    }

    public void setReminderBefore(String reminderBefore) {
      this.reminderBefore = reminderBefore;
    }
  }

  /** The open competition: our defaults where the rules are not published. */
  public static class Competition {

    private int applicationWindowDays = 15;
    private double testPassMark = 70;
    /** Share of the commission's members who must vote for the session's decision to stand. */
    private double quorumFraction = 2.0 / 3.0;
    /** ISO-8601 duration after the session starts within which members cast their votes. */
    private String votingTime = "PT6H";
    /** Announcements without a winner after which the regional head decides what happens next. */
    private int announcementLimit = 3;

    public int getApplicationWindowDays() {
      return applicationWindowDays;
    }

    public void setApplicationWindowDays(int applicationWindowDays) {
      this.applicationWindowDays = applicationWindowDays;
    }

    public double getTestPassMark() {
      return testPassMark;
    }

    public void setTestPassMark(double testPassMark) {
      this.testPassMark = testPassMark;
    }

    public double getQuorumFraction() {
      return quorumFraction;
    }

    public void setQuorumFraction(double quorumFraction) {
      this.quorumFraction = quorumFraction;
    }

    public String getVotingTime() {
      return votingTime;
    }

    public void setVotingTime(String votingTime) {
      this.votingTime = votingTime;
    }

    public int getAnnouncementLimit() {
      return announcementLimit;
    }

    public void setAnnouncementLimit(int announcementLimit) {
      this.announcementLimit = announcementLimit;
    }
  }
}
