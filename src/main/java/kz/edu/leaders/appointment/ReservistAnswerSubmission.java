package kz.edu.leaders.appointment;

import java.time.LocalDate;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The reservist's answer to the offer (accept or decline, and when), recorded on the open offer. */
@Component("reservistAnswerSubmission")
public class ReservistAnswerSubmission extends FormSubmission<ReservistAnswerSubmission.Reply> {

  public enum Answer { ACCEPTED, DECLINED }

  private final VacancyRepository vacancies;
  private final ReservistRepository reservists;
  private final CaseCalendar calendar;

  public ReservistAnswerSubmission(VacancyRepository vacancies, ReservistRepository reservists, CaseCalendar calendar) {
    this.vacancies = vacancies;
    this.reservists = reservists;
    this.calendar = calendar;
  }

  record Reply(ReservistRepository.Offer offer, Answer answer, LocalDate answeredOn, String note) {}

  @Override
  protected Reply read(DelegateExecution execution, Values values) {
    String number = execution.getProcessBusinessKey();
    ReservistRepository.Offer offer = reservists.openOffer(number)
        .orElseThrow(() -> new IllegalStateException("No open offer for vacancy " + number));
    Answer answer = values.choice("reservistAnswer", Answer.class);
    LocalDate answeredOn = values.date("answeredOn");
    if (answeredOn != null && (answeredOn.isBefore(offer.offeredOn()) || answeredOn.isAfter(calendar.today()))) {
      values.error("answeredOn", "appointment.reservist.answerDate", offer.offeredOn());
    }
    return new Reply(offer, answer, answeredOn, values.text("answerNote", false, 1000));
  }

  @Override
  protected void record(DelegateExecution execution, Reply reply) {
    String number = execution.getProcessBusinessKey();
    ReservistRepository.Offer offer = reply.offer();
    reservists.answer(offer.id(), reply.answer().name(), reply.answeredOn(), CurrentUser.id(execution));
    vacancies.event(number, "RESERVIST_" + reply.answer().name(), offer.name() + " (" + offer.number()
        + ") on " + reply.answeredOn() + (reply.note() == null ? "" : ": " + reply.note()), CurrentUser.id(execution));
    execution.removeVariable("answerNote");
    execution.setVariable("reservistAnswer", reply.answer().name());
  }
}
