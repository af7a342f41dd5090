package kz.edu.leaders.appointment.competition;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "Record attendance at the session", by the commission's secretary: who of the invited came, who did not. */
@Component("attendanceSubmission")
public class AttendanceSubmission extends FormSubmission<AttendanceSubmission.Attendance> {

  public static final String VARIABLE = "attendance";

  enum Presence { PRESENT, NO_SHOW }

  private final CompetitionRepository competitions;
  private final CompetitionSessionRepository sessions;
  private final VacancyRepository vacancies;

  public AttendanceSubmission(CompetitionRepository competitions, CompetitionSessionRepository sessions,
                              VacancyRepository vacancies) {
    this.competitions = competitions;
    this.sessions = sessions;
    this.vacancies = vacancies;
  }

  record Attendance(String competitionId, List<CompetitionRepository.Candidate> candidates,
                    Map<Long, Presence> presence) {}

  @Override
  protected Attendance read(DelegateExecution execution, Values values) {
    String competitionId = competitions.current(execution.getProcessBusinessKey()).id();
    List<CompetitionRepository.Candidate> candidates =
        competitions.candidates(competitionId, List.of(CandidateStatus.INVITED));
    Map<Long, Presence> presence = Rows.answers(execution, VARIABLE, candidates,
        row -> row.values().choice("presence", Presence.class), values.errors());
    return new Attendance(competitionId, candidates, presence);
  }

  @Override
  protected void record(DelegateExecution execution, Attendance attendance) {
    int present = 0;
    for (CompetitionRepository.Candidate candidate : attendance.candidates()) {
      boolean came = attendance.presence().get(candidate.id()) == Presence.PRESENT;
      competitions.setAttended(candidate.id(), came, came ? CandidateStatus.PRESENT : CandidateStatus.NO_SHOW);
      present += came ? 1 : 0;
    }
    vacancies.event(execution.getProcessBusinessKey(), "COMPETITION_ATTENDANCE", attendance.competitionId()
        + " session round " + sessions.lastRound(attendance.competitionId()) + ": " + present + " of "
        + attendance.candidates().size() + " candidate(s) present", CurrentUser.id(execution));
    execution.removeVariable(VARIABLE);
    execution.setVariable("candidatesInTheRunning", present);
  }
}
