package kz.edu.leaders.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.edu.leaders.appointment.AppointmentDriver;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.talentpool.TalentPoolRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AppTest
class DemoTalentPoolAppTest {

  @Autowired DemoTalentPool demo;
  @Autowired TalentPoolRepository pool;
  @Autowired AppointmentDriver appointment;
  @Autowired ProcessEngine engine;

  @Test
  void turkistansPoolIsBeingFormedAndItsMembersAreOfferedTheDirectorPost() {
    List<String> numbers = demo.seed();

    List<String> statuses = numbers.stream().map(n -> pool.getNomination(n).status()).toList();
    assertThat(statuses).containsExactly("APPROVED", "APPROVED", "APPROVED", "DECLINED", "UNDER_REVIEW");
    assertThat(pool.getNomination(numbers.get(3)).decisionReason()).contains("управленческого опыта");
    List<String> members = pool.active(Region.TURKISTAN, LocalDate.now()).stream()
        .map(TalentPoolRepository.Entry::nominationNumber).toList();
    assertThat(members).contains(numbers.get(0), numbers.get(1), numbers.get(2));
    // The regional officer finds the waiting nomination in Tasklist.
    assertThat(appointment.visibleTask("regional", engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(numbers.get(4)).singleResult(), "Task_ReviewNomination")).isNotNull();

    ProcessInstance vacancy = appointment.registerTurkistanDirectorPost();
    assertThat(engine.getRuntimeService().getVariable(vacancy.getId(), "reservistOptions").toString())
        .contains("Әбдірахманова", "Өңірлік кадрлық пул / Региональный кадровый пул");
  }
}
