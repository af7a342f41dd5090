package kz.edu.leaders.common;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Deadlines counted in working days (Monday to Friday, less the configured public holidays), as the
 * rules count them. Used by name from the BPMN: {@code ${workingDayCalendar...}}.
 */
@Component("workingDayCalendar")
public class WorkingDayCalendar {

  private final ZoneId zone;
  private final Set<LocalDate> holidays;
  private final Clock clock;

  @Autowired
  public WorkingDayCalendar(Settings settings) {
    this(settings, Clock.system(ZoneId.of(settings.zone())));
  }

  WorkingDayCalendar(Settings settings, Clock clock) {
    this.zone = ZoneId.of(settings.zone());
    this.holidays = Set.copyOf(settings.holidays());
    this.clock = clock;
  }

  /** The last working day of a period of {@code days} working days that starts the day after {@code from}. */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    LocalDate day = from;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The end (midnight, local time) of the {@code days}-th working day after today. */
  public Date deadlineAfterWorkingDays(int days) {
    LocalDate lastDay = addWorkingDays(LocalDate.now(clock.withZone(zone)), days);
    return Date.from(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** The zone in which the rules count days (Kazakhstan's). */
  public String zone() {
    return zone.getId();
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  @ConfigurationProperties(prefix = "leaders.calendar")
  public record Settings(@DefaultValue("Asia/Almaty") String zone, @DefaultValue List<LocalDate> holidays) {

    public Settings {
      holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
  }
}
