package kz.edu.leaders.talentpool;

import java.time.LocalDate;
import java.time.ZoneId;
import kz.edu.leaders.common.WorkingDayCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Today in Kazakhstan's zone, on the engine's clock (tests move it the way the engine sees it). */
@Component
public class PoolCalendar {

  private final ZoneId zone;

  public PoolCalendar(WorkingDayCalendar workingDays) {
    this.zone = ZoneId.of(workingDays.zone());
  }

  public LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
  }
}
