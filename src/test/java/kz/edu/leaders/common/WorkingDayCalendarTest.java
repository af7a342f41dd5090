package kz.edu.leaders.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  final ZoneId almaty = ZoneId.of("Asia/Almaty");
  final WorkingDayCalendar.Settings settings =
      new WorkingDayCalendar.Settings("Asia/Almaty", List.of(LocalDate.of(2026, 12, 16)));

  WorkingDayCalendar on(String localDateTime) {
    Instant now = LocalDateTime.parse(localDateTime).atZone(almaty).toInstant();
    return new WorkingDayCalendar(settings, Clock.fixed(now, almaty));
  }

  @Test
  void fiveWorkingDaysFromAMondayEndOnTheNextMonday() {
    // Mon 23 Nov 2026: Tue, Wed, Thu, Fri, then Mon 30 Nov is the fifth
    assertThat(on("2026-11-23T10:00").addWorkingDays(LocalDate.of(2026, 11, 23), 5)).isEqualTo("2026-11-30");
  }

  @Test
  void weekendsAndHolidaysDoNotCount() {
    // Fri 11 Dec 2026: Mon 14, Tue 15, (Wed 16 is a holiday), Thu 17, Fri 18, Mon 21
    assertThat(on("2026-12-11T10:00").addWorkingDays(LocalDate.of(2026, 12, 11), 5)).isEqualTo("2026-12-21");
  }

  @Test
  void theDeadlineIsMidnightAfterTheLastWorkingDayInLocalTime() {
    // Late on Mon 23 Nov in Almaty (already Monday evening UTC): the fifth working day is Mon 30 Nov
    Instant deadline = on("2026-11-23T23:30").deadlineAfterWorkingDays(5).toInstant();
    assertThat(deadline).isEqualTo(LocalDate.of(2026, 12, 1).atStartOfDay(almaty).toInstant());
  }
}
