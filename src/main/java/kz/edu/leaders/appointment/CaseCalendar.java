package kz.edu.leaders.appointment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import kz.edu.leaders.common.WorkingDayCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Dates of an appointment case in Kazakhstan's zone, on the engine's clock (so tests can move time the way
 * timers see it), with deadlines counted in working days.
 */
@Component
public class CaseCalendar {

  private final WorkingDayCalendar workingDays;
  private final ZoneId zone;

  public CaseCalendar(WorkingDayCalendar workingDays) {
    this.workingDays = workingDays;
    this.zone = ZoneId.of(workingDays.zone());
  }

  public LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
  }

  /** Midnight at the start of the day, local time. */
  public Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }

  public ZoneId zone() {
    return zone;
  }

  /** The {@code days}-th working day after the day. */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    return workingDays.addWorkingDays(from, days);
  }

  /** The end of the {@code days}-th working day after today. */
  public Date afterWorkingDays(int days) {
    return startOf(workingDays.addWorkingDays(today(), days).plusDays(1));
  }
}
