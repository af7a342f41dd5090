package kz.edu.leaders.appointment.competition;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import kz.edu.leaders.common.WorkingDayCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The competition's deadlines as the BPMN uses them ({@code ${competitionCalendar.applicationsClose(execution)}}),
 * read from the record: a timer or due date taken from a variable could be moved by a forged submission.
 */
@Component("competitionCalendar")
public class CompetitionCalendar {

  private final CompetitionRepository competitions;
  private final CompetitionSessionRepository sessions;
  private final ZoneId zone;

  public CompetitionCalendar(CompetitionRepository competitions, CompetitionSessionRepository sessions,
                             WorkingDayCalendar calendar) {
    this.competitions = competitions;
    this.sessions = sessions;
    this.zone = ZoneId.of(calendar.zone());
  }

  /** Applications are taken until the end of the applications_until day, Kazakhstan time. */
  public Date applicationsClose(DelegateExecution execution) {
    return endOf(competitions.current(execution.getProcessBusinessKey()).applicationsUntil());
  }

  public Date votingCloses(DelegateExecution execution) {
    String competitionId = competitions.current(execution.getProcessBusinessKey()).id();
    return new Date(sessions.session(competitionId, sessions.lastRound(competitionId)).votingCloses().getTime());
  }

  public Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(zone).toInstant());
  }

  public LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
  }

  public ZoneId zone() {
    return zone;
  }
}
