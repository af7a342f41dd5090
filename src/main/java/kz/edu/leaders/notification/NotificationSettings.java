package kz.edu.leaders.notification;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How the outbox is worked off ({@code leaders.notification.*}). Where mail goes is Spring Boot's {@code spring.mail.*};
 * these are only the worker's pace and patience.
 */
@Component("notificationSettings")
@ConfigurationProperties(prefix = "leaders.notification")
public class NotificationSettings {

  /** Whether this node's worker sends; rows are queued either way. */
  private boolean workerEnabled = true;
  /** Pause between two looks at the outbox. */
  private Duration interval = Duration.ofSeconds(10);
  /** Rows one look claims at most. */
  private int batchSize = 20;
  /** How long a claim holds: a worker that dies leaves its rows to another after this. */
  private Duration claimTime = Duration.ofMinutes(2);
  /** Attempts the server refused before a notification is failed for good (an administrator may resend it). */
  private int maxAttempts = 5;
  /** The wait after the first refusal; doubled after each further one, up to backoff-max. */
  private Duration backoff = Duration.ofMinutes(1);
  private Duration backoffMax = Duration.ofHours(6);
  /** The wait before trying again when the mail server cannot be reached (not counted as an attempt). */
  private Duration unreachableRetry = Duration.ofSeconds(30);
  /** Start an SMTP server inside the app (GreenMail) at spring.mail.host/port: the embedded default of the demo. */
  private boolean embeddedSmtp = false;
  private final Digest digest = new Digest();

  public Digest getDigest() {
    return digest;
  }

  /** The officials' daily digest and the commission members' score reminders (OfficialReminders). */
  public static class Digest {
    private boolean enabled = true;
    /** Kazakhstan time after which the day's digests are queued. */
    private LocalTime time = LocalTime.of(8, 0);
    /** Tasks due within this are listed first in the digest, and reminded of to commission members. */
    private Duration dueWithin = Duration.ofDays(2);
    /** How often a node checks whether the day's digests are due (each is queued once whichever node does). */
    private Duration checkInterval = Duration.ofMinutes(15);
    /** A task of a region's staff overdue by more than this is escalated to the region's head (RegionalEscalations). */
    private Duration escalateAfter = Duration.ofDays(1);

    public Duration getEscalateAfter() {
      return escalateAfter;
    }

    public void setEscalateAfter(Duration escalateAfter) {
      this.escalateAfter = escalateAfter;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public LocalTime getTime() {
      return time;
    }

    public void setTime(LocalTime time) {
      this.time = time;
    }

    public Duration getDueWithin() {
      return dueWithin;
    }

    public void setDueWithin(Duration dueWithin) {
      this.dueWithin = dueWithin;
    }

    public Duration getCheckInterval() {
      return checkInterval;
    }

    public void setCheckInterval(Duration checkInterval) {
      this.checkInterval = checkInterval;
    }
  }

  public boolean isWorkerEnabled() {
    return workerEnabled;
  }

  public void setWorkerEnabled(boolean workerEnabled) {
    this.workerEnabled = workerEnabled;
  }

  public Duration getInterval() {
    return interval;
  }

  public void setInterval(Duration interval) {
    this.interval = interval;
  }

  public int getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(int batchSize) {
    this.batchSize = batchSize;
  }

  public Duration getClaimTime() {
    return claimTime;
  }

  public void setClaimTime(Duration claimTime) {
    this.claimTime = claimTime;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public Duration getBackoff() {
    return backoff;
  }

  public void setBackoff(Duration backoff) {
    this.backoff = backoff;
  }

  public Duration getBackoffMax() {
    return backoffMax;
  }

  public void setBackoffMax(Duration backoffMax) {
    this.backoffMax = backoffMax;
  }

  public Duration getUnreachableRetry() {
    return unreachableRetry;
  }

  public void setUnreachableRetry(Duration unreachableRetry) {
    this.unreachableRetry = unreachableRetry;
  }

  public boolean isEmbeddedSmtp() {
    return embeddedSmtp;
  }

  public void setEmbeddedSmtp(boolean embeddedSmtp) {
    this.embeddedSmtp = embeddedSmtp;
  }

  /** The wait after the given number of refused attempts: backoff, 2x, 4x ..., at most backoff-max. */
  public Duration backoffAfter(int attempts) {
    Duration wait = backoff;
    for (int i = 1; i < attempts && wait.compareTo(backoffMax) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
  }
}
