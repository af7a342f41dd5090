package kz.edu.leaders.appointment.duties;

import static kz.edu.leaders.appointment.duties.DutyFixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.File;
import java.time.LocalDate;
import java.util.Optional;
import kz.edu.leaders.appointment.AppointmentNotices;
import kz.edu.leaders.appointment.AppointmentOrderRepository;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.domain.Post;
import kz.edu.leaders.domain.Region;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.Test;

/** The escalations' listeners and the head's notice, at the elements of the real diagram. */
class DutyListenersTest {

  static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(new File("bpmn/head-duties.bpmn"));
  static final HeadDutyRepository.Attestation ROUND = HeadDutyRepository.Attestation.scheduled(1,
      LocalDate.of(2029, 10, 8), LocalDate.of(2029, 12, 8), LocalDate.of(2030, 6, 7));

  final HeadDutyRepository duties = mock(HeadDutyRepository.class);
  final DelegateExecution execution = execution(true);

  void at(String element) {
    when(execution.getBpmnModelElementInstance()).thenReturn(MODEL.<FlowElement>getModelElementById(element));
    when(execution.getCurrentActivityId()).thenReturn(element);
    when(duties.get(VACANCY)).thenReturn(inPost());
  }

  @Test
  void anOverdueAttestationMarksItsRoundAndKeepsItForTheHeadsForm() {
    at("Task_AttestationOverdue");
    when(duties.openAttestation(ORDER)).thenReturn(Optional.of(ROUND));
    new DutyOverdueListener(duties).notify(execution);
    verify(duties).markAttestationOverdue(ORDER, 1);
    verify(duties).event(ORDER, "ATTESTATION_OVERDUE", "round 1: due on 2029-12-08, not recorded by 2030-06-07", null);
    verify(execution).setVariableLocal("overdueRound", 1);
    verify(execution).setVariableLocal("overduePassBy", "2030-06-07");
  }

  @Test
  void anOverdueRotationGoesIntoTheAuditTrail() {
    at("Task_RotationOverdue");
    new DutyOverdueListener(duties).notify(execution);
    verify(duties).event(ORDER, "ROTATION_OVERDUE", "no decision by the limit 2033-12-07", null);
    verify(duties, never()).markAttestationOverdue(anyString(), anyInt());
  }

  @Test
  void theHeadsInstructionIsRecordedUnderTheElementsEvent() {
    at("Task_RotationOverdue");
    when(execution.getVariable("instruction")).thenReturn("Decide on the rotation this week.");
    new DutyInstructionSubmission(duties).notify(execution);
    verify(duties).event(ORDER, "ROTATION_OVERDUE_INSTRUCTION", "Decide on the rotation this week.", "regional");
    verify(execution).removeVariable("instruction");
  }

  @Test
  void aTooShortInstructionIsRefused() {
    at("Task_AttestationOverdue");
    when(execution.getVariable("instruction")).thenReturn("Do it");
    assertThatThrownBy(() -> new DutyInstructionSubmission(duties).notify(execution))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("instruction");
    verify(duties, never()).event(anyString(), anyString(), anyString(), any());
  }

  @Test
  void theHeadIsToldOfTheOpenRound() {
    VacancyRepository vacancies = mock(VacancyRepository.class);
    AppointmentOrderRepository orders = mock(AppointmentOrderRepository.class);
    AppointmentNotices notices = mock(AppointmentNotices.class);
    VacancyRepository.Vacancy vacancy = new VacancyRepository.Vacancy(VACANCY, "School-lyceum No. 5, Turkistan",
        Region.TURKISTAN, Post.DIRECTOR, APPOINTED.minusDays(40), "ORDER_57_96_2025", "FILLED", "RESERVIST", null,
        null, null, null, null, null);
    AppointmentOrderRepository.Order order = new AppointmentOrderRepository.Order(ORDER, "RESERVIST",
        "Резервистова Айжан", "RR-2025-T1", null, "ORDER_57_96_2025", APPOINTED, null);
    at("Task_RecordAttestation");
    when(duties.openAttestation(ORDER)).thenReturn(Optional.of(ROUND));
    when(vacancies.get(VACANCY)).thenReturn(vacancy);
    when(orders.forVacancy(VACANCY)).thenReturn(Optional.of(order));

    new AttestationDueNotice(duties, vacancies, orders, notices).notify(execution);

    verify(notices).headAttestationDue(vacancy, order, 1, LocalDate.of(2029, 12, 8), LocalDate.of(2030, 6, 7));
  }
}
