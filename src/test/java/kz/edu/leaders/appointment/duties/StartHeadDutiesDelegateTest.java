package kz.edu.leaders.appointment.duties;

import static kz.edu.leaders.appointment.duties.DutyFixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import kz.edu.leaders.appointment.AppointmentOrderRepository;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.domain.Post;
import kz.edu.leaders.domain.Region;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

class StartHeadDutiesDelegateTest {

  final VacancyRepository vacancies = mock(VacancyRepository.class);
  final AppointmentOrderRepository orders = mock(AppointmentOrderRepository.class);
  final HeadDutyRepository duties = mock(HeadDutyRepository.class);
  final HeadDuties process = mock(HeadDuties.class);
  final StartHeadDutiesDelegate delegate = new StartHeadDutiesDelegate(vacancies, orders, duties, process);
  final DelegateExecution execution = execution(false);

  @Test
  void theDutiesOpenFromTheOrderAndTheCaseAndTheirProcessStarts() {
    when(vacancies.get(VACANCY)).thenReturn(new VacancyRepository.Vacancy(VACANCY, "School-lyceum No. 5, Turkistan",
        Region.TURKISTAN, Post.DIRECTOR, APPOINTED.minusDays(40), "ORDER_57_96_2025", "OPEN", "RESERVIST", null,
        null, null, null, null, null));
    when(orders.forVacancy(VACANCY)).thenReturn(Optional.of(new AppointmentOrderRepository.Order(ORDER, "RESERVIST",
        "Резервистова Айжан", "RR-2025-T1", null, "ORDER_57_96_2025", APPOINTED, null)));
    when(duties.get(VACANCY)).thenReturn(inPost());

    delegate.execute(execution);

    verify(duties).open(new HeadDutyRepository.NewDuty(ORDER, VACANCY, "Резервистова Айжан",
        "School-lyceum No. 5, Turkistan", Region.TURKISTAN, Post.DIRECTOR, APPOINTED));
    verify(process).start(inPost());
  }

  @Test
  void withoutAnOrderNothingStarts() {
    when(vacancies.get(VACANCY)).thenReturn(new VacancyRepository.Vacancy(VACANCY, "School", Region.TURKISTAN,
        Post.DIRECTOR, APPOINTED, null, "OPEN", null, null, null, null, null, null, null));
    when(orders.forVacancy(VACANCY)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> delegate.execute(execution)).hasMessageContaining("No appointment order");
  }
}
