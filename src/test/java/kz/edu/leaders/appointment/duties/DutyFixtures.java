package kz.edu.leaders.appointment.duties;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import kz.edu.leaders.appointment.CaseCalendar;
import kz.edu.leaders.domain.Post;
import kz.edu.leaders.domain.Region;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.mockito.ArgumentMatchers;

/** A head appointed on 8 December 2026 to a Turkistan school, and the mocks the duties' beans are tested with. */
final class DutyFixtures {

  static final String VACANCY = "VC-2026-000042";
  static final String ORDER = "AO-2026-000017";
  static final LocalDate APPOINTED = LocalDate.of(2026, 12, 8);
  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  private DutyFixtures() {}

  static HeadDutyRepository.Duty duty(String status, LocalDate rotationLimitOn, LocalDate rotationNoticeOn) {
    return new HeadDutyRepository.Duty(ORDER, VACANCY, "Резервистова Айжан", "School-lyceum No. 5, Turkistan",
        Region.TURKISTAN, Post.DIRECTOR, APPOINTED, status, rotationLimitOn, rotationNoticeOn, null, null, null, null,
        null);
  }

  static HeadDutyRepository.Duty inPost() {
    return duty(HeadDutyRepository.IN_POST, LocalDate.of(2033, 12, 7), LocalDate.of(2033, 6, 8));
  }

  /** A calendar whose today is the day, with Kazakhstan's midnights. */
  static CaseCalendar calendar(LocalDate today) {
    CaseCalendar calendar = mock(CaseCalendar.class);
    when(calendar.today()).thenReturn(today);
    when(calendar.startOf(ArgumentMatchers.any())).thenAnswer(call ->
        Date.from(call.<LocalDate>getArgument(0).atStartOfDay(ALMATY).toInstant()));
    return calendar;
  }

  /** An execution of the case, with the user "regional" logged in (no authentication: a timer). */
  static DelegateExecution execution(boolean loggedIn) {
    DelegateExecution execution = mock(DelegateExecution.class);
    ProcessEngineServices services = mock(ProcessEngineServices.class);
    IdentityService identity = mock(IdentityService.class);
    when(services.getIdentityService()).thenReturn(identity);
    if (loggedIn) {
      when(identity.getCurrentAuthentication())
          .thenReturn(new org.camunda.bpm.engine.impl.identity.Authentication("regional", java.util.List.of()));
    }
    when(execution.getProcessEngineServices()).thenReturn(services);
    when(execution.getProcessBusinessKey()).thenReturn(VACANCY);
    return execution;
  }

  static Date midnight(LocalDate day) {
    return Date.from(day.atStartOfDay(ALMATY).toInstant());
  }
}
