package kz.edu.leaders.appointment.competition;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.AppointmentNotices;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Schedule the interview session": when, the public stream's link, and each candidate's consent to the
 * broadcast. The interview is held openly and streamed live, so a candidate without consent is not interviewed.
 * The session itself is opened by the next step ({@link OpenSessionDelegate}).
 */
@Component("sessionScheduleSubmission")
public class SessionScheduleSubmission extends FormSubmission<SessionScheduleSubmission.Schedule> {

  public static final String VARIABLE = "consents";
  static final List<CandidateStatus> TO_SCHEDULE = List.of(CandidateStatus.TEST_PASSED, CandidateStatus.PRESENT);

  private final CompetitionRepository competitions;
  private final CompetitionCalendar calendar;
  private final VacancyRepository vacancies;

  private final AppointmentNotices notices;

  public SessionScheduleSubmission(CompetitionRepository competitions, CompetitionCalendar calendar,
                                   VacancyRepository vacancies, AppointmentNotices notices) {
    this.notices = notices;
    this.competitions = competitions;
    this.calendar = calendar;
    this.vacancies = vacancies;
  }

  record Schedule(String competitionId, List<CompetitionRepository.Candidate> candidates, Date sessionAt,
                  String link, Map<Long, Boolean> consents) {}

  @Override
  protected Schedule read(DelegateExecution execution, Values values) {
    String competitionId = competitions.current(execution.getProcessBusinessKey()).id();
    List<CompetitionRepository.Candidate> candidates = competitions.candidates(competitionId, TO_SCHEDULE);
    Date sessionAt = dateTime(values, "sessionAt");
    if (sessionAt != null && sessionAt.before(ClockUtil.getCurrentTime())) {
      values.error("sessionAt", "competition.session.inThePast");
    }
    String link = httpsLink(values, "streamLink");
    Map<Long, Boolean> consents = Rows.answers(execution, VARIABLE, candidates, row -> Rows.ticked(row, "consent"),
        values.errors());
    return new Schedule(competitionId, candidates, sessionAt, link, consents);
  }

  @Override
  protected void record(DelegateExecution execution, Schedule schedule) {
    int consenting = 0;
    VacancyRepository.Vacancy vacancy = vacancies.get(execution.getProcessBusinessKey());
    for (CompetitionRepository.Candidate candidate : schedule.candidates()) {
      boolean consent = schedule.consents().get(candidate.id());
      notices.competitionSession(vacancy, candidate.id(), schedule.sessionAt(), schedule.link(), consent);
      competitions.setConsent(candidate.id(), consent, consent ? CandidateStatus.INVITED : CandidateStatus.NO_CONSENT);
      consenting += consent ? 1 : 0;
    }
    competitions.planSession(schedule.competitionId(), schedule.sessionAt(), schedule.link());
    vacancies.event(execution.getProcessBusinessKey(), "COMPETITION_SESSION_PLANNED", schedule.competitionId()
        + ": session at " + schedule.sessionAt().toInstant().atZone(calendar.zone()).toLocalDateTime() + ", "
        + consenting + " of " + schedule.candidates().size() + " candidate(s) consent to the broadcast; stream "
        + schedule.link(), CurrentUser.id(execution));
    for (String field : List.of(VARIABLE, "sessionAt", "streamLink")) {
      execution.removeVariable(field);
    }
    execution.setVariable("candidatesInTheRunning", consenting);
  }

  /** An https:// link of at most 500 characters without spaces, as the stream and the recording need. */
  static String httpsLink(Values values, String field) {
    String link = values.text(field, true, 500);
    if (link != null && !link.matches("https://[^\\s/]+\\S*")) {
      values.error(field, "value.notHttpsLink");
      return null;
    }
    return link;
  }

  /**
   * A form-js datetime: with an offset ("2026-03-20T10:00+05:00" or "...Z") or without one, then in Kazakhstan
   * time; the Java API may send a Date.
   */
  private Date dateTime(Values values, String field) {
    Object value = values.raw(field);
    if (value instanceof Date date) {
      return date;
    }
    if (Values.blank(value)) {
      values.error(field, "value.required");
      return null;
    }
    String text = value.toString().strip();
    try {
      return Date.from(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeException withoutOffset) {
      try {
        return Date.from(LocalDateTime.parse(text).atZone(calendar.zone()).toInstant());
      } catch (DateTimeException e) {
        values.error(field, "value.notDateTime");
        return null;
      }
    }
  }
}
