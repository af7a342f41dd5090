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
import org.springframework.stereotype.Component;

/** The reservist's answer to the offer (accept or decline, and when), recorded on the open offer. */
@Component("reservistAnswerSubmission")
public class ReservistAnswerSubmission implements ExecutionListener {

  public enum Answer { ACCEPTED, DECLINED }

  private final VacancyRepository vacancies;
  private final ReservistRepository reservists;
  private final CaseCalendar calendar;

  public ReservistAnswerSubmission(VacancyRepository vacancies, ReservistRepository reservists, CaseCalendar calendar) {
    this.vacancies = vacancies;
    this.reservists = reservists;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String number = execution.getProcessBusinessKey();
    ReservistRepository.Offer offer = reservists.openOffer(number)
        .orElseThrow(() -> new IllegalStateException("No open offer for vacancy " + number));
    List<FieldError> errors = new ArrayList<>();
    Values values = new Values(execution.getVariables(), errors);
    Answer answer = values.choice("reservistAnswer", Answer.class);
    LocalDate answeredOn = values.date("answeredOn");
    if (answeredOn != null && (answeredOn.isBefore(offer.offeredOn()) || answeredOn.isAfter(calendar.today()))) {
      errors.add(new FieldError("answeredOn", "must be between the offer (" + offer.offeredOn() + ") and today"));
    }
    String note = values.text("answerNote", false, 1000);
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    reservists.answer(offer.id(), answer.name(), answeredOn, CurrentUser.id(execution));
    vacancies.event(number, "RESERVIST_" + answer.name(), offer.name() + " (" + offer.certificateNumber() + ") on "
        + answeredOn + (note == null ? "" : ": " + note), CurrentUser.id(execution));
    execution.removeVariable("answerNote");
    execution.setVariable("reservistAnswer", answer.name());
  }
}
