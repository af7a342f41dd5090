package kz.edu.leaders.appointment.competition;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import kz.edu.leaders.appointment.AppointmentSettings;
import kz.edu.leaders.appointment.CaseGroups;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Open the interview session": the next session round with the region's competition commission as it is now,
 * voting until {@code appointmentSettings.competition.votingTime} after the start. The competition shows as
 * SCHEDULED with its date and stream link (the public board reads these). Runs as a job of its own: an empty
 * commission is an incident an administrator fixes in Admin, then retries.
 */
@Component
public class OpenSessionDelegate implements JavaDelegate {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CompetitionRepository competitions;
  private final CompetitionSessionRepository sessions;
  private final CaseGroups caseGroups;
  private final AppointmentSettings settings;
  private final CompetitionCalendar calendar;
  private final VacancyRepository vacancies;

  public OpenSessionDelegate(CompetitionRepository competitions, CompetitionSessionRepository sessions,
                             CaseGroups caseGroups, AppointmentSettings settings, CompetitionCalendar calendar,
                             VacancyRepository vacancies) {
    this.competitions = competitions;
    this.sessions = sessions;
    this.caseGroups = caseGroups;
    this.settings = settings;
    this.calendar = calendar;
    this.vacancies = vacancies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    CompetitionRepository.Competition competition = competitions.current(number);
    List<String> members = caseGroups.members(Groups.COMPETITION_COMMISSION, execution);
    if (members.isEmpty()) {
      throw new IllegalStateException("Group " + caseGroups.of(Groups.COMPETITION_COMMISSION, execution)
          + " has no members: add them in Admin, then retry");
    }
    Date start = new Date(competition.sessionAt().getTime());
    Date votingCloses = Date.from(start.toInstant().plus(Duration.parse(settings.getCompetition().getVotingTime())));
    int round = sessions.open(competition.id(), start, competition.streamLink(), votingCloses, members.size());
    competitions.setStatus(competition.id(), CompetitionRepository.SCHEDULED);
    vacancies.event(number, "COMPETITION_SESSION_OPENED", competition.id() + ": session round " + round + " at "
        + shown(start) + ", " + members.size() + " commission members, voting until " + shown(votingCloses), null);
    execution.setVariable("sessionRound", round);
    execution.setVariable("sessionStart", shown(start));
    execution.setVariable("sessionStreamLink", competition.streamLink());
    execution.setVariable("votingClosesAt", shown(votingCloses));
  }

  private String shown(Date date) {
    return SHOWN.format(date.toInstant().atZone(calendar.zone())) + " (" + calendar.zone().getId() + ")";
  }
}
