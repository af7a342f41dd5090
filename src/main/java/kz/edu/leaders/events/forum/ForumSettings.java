package kz.edu.leaders.events.forum;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Rules of the regional forums that an analyst may change ({@code leaders.events.forum.*}): the rating scale of the
 * feedback sheets and how long after the last day feedback is taken.
 */
@Component("forumSettings")
@ConfigurationProperties(prefix = "leaders.events.forum")
public class ForumSettings {

  /** Ratings go from 1 to this (a session's and the forum's). */
  private int ratingScale = 5;
  /** ISO-8601 period after the forum's last day at which the feedback window closes by itself. */
  private Period feedbackOpenFor = Period.ofDays(7);
  /** At most this many participants a forum registers (the Ministry's forums reach 1,200). */
  private int maximumParticipants = 2000;
  /** At most this many days a forum lasts. */
  private int maximumDays = 5;

  public int getRatingScale() {
    return ratingScale;
  }

  public void setRatingScale(int ratingScale) {
    this.ratingScale = ratingScale;
  }

  public Period getFeedbackOpenFor() {
    return feedbackOpenFor;
  }

  public void setFeedbackOpenFor(Period feedbackOpenFor) {
    this.feedbackOpenFor = feedbackOpenFor;
  }

  public int getMaximumParticipants() {
    return maximumParticipants;
  }

  public void setMaximumParticipants(int maximumParticipants) {
    this.maximumParticipants = maximumParticipants;
  }

  public int getMaximumDays() {
    return maximumDays;
  }

  public void setMaximumDays(int maximumDays) {
    this.maximumDays = maximumDays;
  }
}
