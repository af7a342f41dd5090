package kz.edu.leaders.appointment.duties;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The recurring duties of an appointed head ({@code leaders.appointment.duties.*}): how often the head is attested and
 * how long they have to pass it (the attestation rules as published: within 6 months after each 3 years in post), how
 * long a head may lead the same school (7 years by MES Order No. 559; the ministry proposed "2+2" years for urban and
 * "3+3" for rural schools in March 2026, hence a setting), and how early the regional department is asked to act.
 * The BPMN names it by bean name in its documentation ({@code headDutySettings.rotationLimit}); the delegates
 * compute each duty's dates from it when the duty is scheduled and write them into {@code head_duty}.
 */
@Component("headDutySettings")
@ConfigurationProperties(prefix = "leaders.appointment.duties")
public class HeadDutySettings {

  /** An attestation falls due after each such period in post. */
  private Period attestationEvery = Period.ofYears(3);
  /** Time to pass the attestation once it falls due; after it the regional head is asked to act. */
  private Period attestationWindow = Period.ofMonths(6);
  /** How long before the attestation falls due the regional department gets its task. */
  private Period attestationNotice = Period.ofMonths(2);
  /** The longest a head leads the same school. */
  private Period rotationLimit = Period.ofYears(7);
  /** How long before the limit the regional department is asked to decide. */
  private Period rotationNotice = Period.ofMonths(6);

  /**
   * At start-up, open the duties of every appointment order that has none: orders issued before HeadDuties existed
   * (an upgraded installation). Off by default; see docs/operations.md.
   */
  private boolean backfillOnStart;

  /** The day the attestation of the round (1, 2, ...) falls due: that many periods after the appointment. */
  public LocalDate attestationDueOn(LocalDate appointedOn, int round) {
    if (round < 1) {
      throw new IllegalArgumentException("Attestation rounds start at 1: " + round);
    }
    return appointedOn.plus(attestationEvery.multipliedBy(round));
  }

  /** The last day of the window to pass the attestation that falls due on the day. */
  public LocalDate attestationPassBy(LocalDate dueOn) {
    return dueOn.plus(attestationWindow).minusDays(1);
  }

  /** The day the regional department is asked to attest, not before the appointment. */
  public LocalDate attestationNoticeOn(LocalDate appointedOn, LocalDate dueOn) {
    return latest(appointedOn, dueOn.minus(attestationNotice));
  }

  /** The last day the head may lead the school: the limit counted from the appointment. */
  public LocalDate rotationLimitOn(LocalDate appointedOn) {
    return appointedOn.plus(rotationLimit).minusDays(1);
  }

  /** The day the regional department is asked to decide on the rotation, not before the appointment. */
  public LocalDate rotationNoticeOn(LocalDate appointedOn, LocalDate limitOn) {
    return latest(appointedOn, limitOn.plusDays(1).minus(rotationNotice));
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  public boolean isBackfillOnStart() {
    return backfillOnStart;
  }

  public void setBackfillOnStart(boolean backfillOnStart) {
    this.backfillOnStart = backfillOnStart;
  }

  public Period getAttestationEvery() {
    return attestationEvery;
  }

  public void setAttestationEvery(Period attestationEvery) {
    this.attestationEvery = positive("attestation-every", attestationEvery);
  }

  public Period getAttestationWindow() {
    return attestationWindow;
  }

  public void setAttestationWindow(Period attestationWindow) {
    this.attestationWindow = positive("attestation-window", attestationWindow);
  }

  public Period getAttestationNotice() {
    return attestationNotice;
  }

  public void setAttestationNotice(Period attestationNotice) {
    this.attestationNotice = notNegative("attestation-notice", attestationNotice);
  }

  public Period getRotationLimit() {
    return rotationLimit;
  }

  public void setRotationLimit(Period rotationLimit) {
    this.rotationLimit = positive("rotation-limit", rotationLimit);
  }

  public Period getRotationNotice() {
    return rotationNotice;
  }

  public void setRotationNotice(Period rotationNotice) {
    this.rotationNotice = notNegative("rotation-notice", rotationNotice);
  }

  // A zero or negative period would make the attestation loop fire again at once, for ever: refused at start-up.
  private static Period positive(String name, Period period) {
    if (period == null || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("leaders.appointment.duties." + name + " must be a positive period: " + period);
    }
    return period;
  }

  private static Period notNegative(String name, Period period) {
    if (period == null || period.isNegative()) {
      throw new IllegalArgumentException("leaders.appointment.duties." + name + " must not be negative: " + period);
    }
    return period;
  }
}
