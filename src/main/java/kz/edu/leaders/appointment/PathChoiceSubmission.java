package kz.edu.leaders.appointment;

import java.time.LocalDate;
import java.util.List;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * "Choose how to fill the post": offer it without competition to a reservist or a member of the region's talent
 * pool (one of those the app lists now, checked against the records and the DMN table, not the submitted options),
 * or open a competition.
 */
@Component("pathChoiceSubmission")
public class PathChoiceSubmission extends FormSubmission<PathChoiceSubmission.Choice> {

  public enum Path { RESERVIST, COMPETITION }

  private final VacancyRepository vacancies;
  private final ReservistRepository reservists;
  private final CaseCalendar calendar;
  private final WithoutCompetitionSources sources;
  private final AppointmentNotices notices;

  public PathChoiceSubmission(VacancyRepository vacancies, ReservistRepository reservists, CaseCalendar calendar,
                              WithoutCompetitionSources sources, AppointmentNotices notices) {
    this.vacancies = vacancies;
    this.reservists = reservists;
    this.calendar = calendar;
    this.sources = sources;
    this.notices = notices;
  }

  record Choice(String vacancy, Path path, ReservistRepository.Reservist to, LocalDate offeredOn) {}

  @Override
  protected Choice read(DelegateExecution execution, Values values) {
    VacancyRepository.Vacancy vacancy = vacancies.get(execution.getProcessBusinessKey());
    Path path = values.choice("appointmentPath", Path.class);
    ReservistRepository.Reservist to = null;
    LocalDate offeredOn = null;
    if (path == Path.RESERVIST) {
      LocalDate today = calendar.today();
      List<ReservistRepository.Reservist> available = reservists.candidatesFor(vacancy.number(), vacancy.region(),
          vacancy.post(), today, sources.qualifying(vacancy.post()));
      String chosen = values.text("reservistCertificate", true, 40);
      to = available.stream().filter(r -> r.certificateNumber().equals(chosen)).findFirst().orElse(null);
      if (available.isEmpty()) {
        values.error("appointmentPath", "appointment.path.noReservist", vacancy.region().label());
      } else if (chosen != null && to == null) {
        values.error("reservistCertificate", "appointment.path.notAvailable");
      }
      offeredOn = values.date("offeredOn");
      if (offeredOn != null && (offeredOn.isAfter(today) || offeredOn.isBefore(vacancy.vacatedOn()))) {
        values.error("offeredOn", "appointment.dateBetweenVacancyAndToday", vacancy.vacatedOn());
      }
    }
    return new Choice(vacancy.number(), path, to, offeredOn);
  }

  @Override
  protected void record(DelegateExecution execution, Choice choice) {
    String user = CurrentUser.id(execution);
    vacancies.setPath(choice.vacancy(), choice.path().name());
    if (choice.path() == Path.RESERVIST) {
      try {
        reservists.offer(choice.vacancy(), choice.to(), choice.offeredOn(), user);
      } catch (DuplicateKeyException e) {
        throw InvalidSubmissionException.of("reservistCertificate", "appointment.path.offeredElsewhere");
      }
      vacancies.event(choice.vacancy(), choice.to().source() == OfferSource.REGIONAL_POOL ? "OFFERED_TO_POOL_MEMBER"
          : "OFFERED_TO_RESERVIST", choice.to().certificateNumber() + " on " + choice.offeredOn(), user);
      if (choice.to().source() == OfferSource.REPUBLICAN_RESERVE) {
        notices.reservistOffered(vacancies.get(choice.vacancy()), choice.to().certificateNumber(),
            choice.offeredOn());
      }
    } else {
      vacancies.event(choice.vacancy(), "COMPETITION_CHOSEN", null, user);
    }
    execution.removeVariable("reservistCertificate");
    execution.removeVariable("offeredOn");
    // Set again, after the record: the escalation of the department's inaction re-checks the record when this
    // variable changes, and the submitted value arrived before the record was written.
    execution.removeVariable("appointmentPath");
    execution.setVariable("appointmentPath", choice.path().name());
  }
}
