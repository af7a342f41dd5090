package kz.edu.leaders.competition;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Schedule the interview session": when, the public stream's link, and each candidate's consent to the
 * broadcast. The interview is held openly and streamed live, so a candidate without consent is not interviewed.
 * The session itself is opened by the next step ({@link OpenSessionDelegate}).
 */
@Component("sessionScheduleSubmission")
public class SessionScheduleSubmission implements ExecutionListener {

  static final String VARIABLE = "consents";
  static final List<CandidateStatus> TO_SCHEDULE = List.of(CandidateStatus.TEST_PASSED, CandidateStatus.PRESENT);

  private final CompetitionRepository competitions;
  private final CompetitionCalendar calendar;
  private final VacancyRepository vacancies;

  public SessionScheduleSubmission(CompetitionRepository competitions, CompetitionCalendar calendar,
                                   VacancyRepository vacancies) {
    this.competitions = competitions;
    this.calendar = calendar;
    this.vacancies = vacancies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String number = execution.getProcessBusinessKey();
    String competitionId = competitions.current(number).id();
    List<CompetitionRepository.Candidate> candidates = competitions.candidates(competitionId, TO_SCHEDULE);
    List<FieldError> errors = new ArrayList<>();
    Date sessionAt = dateTime(execution.getVariable("sessionAt"), errors);
    if (sessionAt != null && sessionAt.before(ClockUtil.getCurrentTime())) {
      errors.add(new FieldError("sessionAt", "must not be in the past"));
    }
    String link = httpsLink(new Values(execution.getVariables(), errors), "streamLink", errors);
    Map<Long, Boolean> consents = Rows.answers(execution, VARIABLE, candidates, row -> Rows.ticked(row, "consent"),
        errors);
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    int consenting = 0;
    for (CompetitionRepository.Candidate candidate : candidates) {
      boolean consent = consents.get(candidate.id());
      competitions.setConsent(candidate.id(), consent, consent ? CandidateStatus.INVITED : CandidateStatus.NO_CONSENT);
      consenting += consent ? 1 : 0;
    }
    competitions.planSession(competitionId, sessionAt, link);
    vacancies.event(number, "COMPETITION_SESSION_PLANNED", competitionId + ": session at "
        + sessionAt.toInstant().atZone(calendar.zone()).toLocalDateTime() + ", " + consenting + " of "
        + candidates.size() + " candidate(s) consent to the broadcast; stream " + link, CurrentUser.id(execution));
    for (String field : List.of(VARIABLE, "sessionAt", "streamLink")) {
      execution.removeVariable(field);
    }
    execution.setVariable("candidatesInTheRunning", consenting);
  }

  /** An https:// link of at most 500 characters without spaces, as the stream and the recording need. */
  static String httpsLink(Values values, String field, List<FieldError> errors) {
    String link = values.text(field, true, 500);
    if (link != null && !link.matches("https://[^\\s/]+\\S*")) {
      errors.add(new FieldError(field, "must be a link starting with https://"));
      return null;
    }
    return link;
  }

  /**
   * A form-js datetime: with an offset ("2026-03-20T10:00+05:00" or "...Z") or without one, then in Kazakhstan
   * time; the Java API may send a Date.
   */
  private Date dateTime(Object value, List<FieldError> errors) {
    if (value instanceof Date date) {
      return date;
    }
    if (value == null || (value instanceof String s && s.isBlank())) {
      errors.add(new FieldError("sessionAt", "is required"));
      return null;
    }
    String text = value.toString().strip();
    try {
      return Date.from(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeException withoutOffset) {
      try {
        return Date.from(LocalDateTime.parse(text).atZone(calendar.zone()).toInstant());
      } catch (DateTimeException e) {
        errors.add(new FieldError("sessionAt", "must be a date and time, e.g. 2026-03-20T10:00+05:00"));
        return null;
      }
    }
  }
}
