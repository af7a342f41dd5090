package kz.edu.leaders.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * "Choose how to fill the post": offer it to a reservist (one of those the app lists now, checked against
 * the reserve, not the submitted options) or open a competition.
 */
@Component("pathChoiceSubmission")
public class PathChoiceSubmission implements ExecutionListener {

  public enum Path { RESERVIST, COMPETITION }

  private final VacancyRepository vacancies;
  private final ReservistRepository reservists;
  private final CaseCalendar calendar;

  public PathChoiceSubmission(VacancyRepository vacancies, ReservistRepository reservists, CaseCalendar calendar) {
    this.vacancies = vacancies;
    this.reservists = reservists;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    VacancyRepository.Vacancy vacancy = vacancies.get(execution.getProcessBusinessKey());
    List<FieldError> errors = new ArrayList<>();
    Values values = new Values(execution.getVariables(), errors);
    Path path = values.choice("appointmentPath", Path.class);
    String certificate = null;
    LocalDate offeredOn = null;
    if (path == Path.RESERVIST) {
      LocalDate today = calendar.today();
      List<String> available = reservists.candidatesFor(vacancy.number(), vacancy.region(), vacancy.post(), today)
          .stream().map(ReservistRepository.Reservist::certificateNumber).toList();
      certificate = values.text("reservistCertificate", true, 40);
      if (available.isEmpty()) {
        errors.add(new FieldError("appointmentPath", "no active reservist of this level is available in "
            + vacancy.region().label() + ": open a competition"));
      } else if (certificate != null && !available.contains(certificate)) {
        errors.add(new FieldError("reservistCertificate", "is not an active reservist who may be offered this post"));
      }
      offeredOn = values.date("offeredOn");
      if (offeredOn != null && (offeredOn.isAfter(today) || offeredOn.isBefore(vacancy.vacatedOn()))) {
        errors.add(new FieldError("offeredOn", "must be between the vacancy (" + vacancy.vacatedOn() + ") and today"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    String user = CurrentUser.id(execution);
    vacancies.setPath(vacancy.number(), path.name());
    if (path == Path.RESERVIST) {
      try {
        reservists.offer(vacancy.number(), certificate, offeredOn, user);
      } catch (DuplicateKeyException e) {
        throw new InvalidSubmissionException("reservistCertificate",
            "this reservist was offered another post a moment ago; choose again");
      }
      vacancies.event(vacancy.number(), "OFFERED_TO_RESERVIST", certificate + " on " + offeredOn, user);
    } else {
      vacancies.event(vacancy.number(), "COMPETITION_CHOSEN", null, user);
    }
    execution.removeVariable("reservistCertificate");
    execution.removeVariable("offeredOn");
    // Set again, after the record: the escalation of the department's inaction re-checks the record when this
    // variable changes, and the submitted value arrived before the record was written.
    execution.removeVariable("appointmentPath");
    execution.setVariable("appointmentPath", path.name());
  }
}
