package kz.edu.leaders.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.talentpool.NominationDriver;
import kz.edu.leaders.talentpool.TalentPoolRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The path without competition offers the post to the members of the vacancy's region's talent pool as well as to
 * Republican reservists, each marked with where they come from (DMN table without-competition-sources).
 */
@AppTest
class PoolMembersWithoutCompetitionAppTest {

  @Autowired ProcessEngine engine;
  @Autowired AppointmentDriver appointment;
  @Autowired NominationDriver nominations;
  @Autowired TalentPoolRepository pool;
  @Autowired AppointmentOrderRepository orders;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    // Each test starts from empty Turkistan and Almaty reserves and pools.
    jdbc.update("UPDATE reserve_entry SET status = 'ARCHIVED' WHERE region IN ('TURKISTAN', 'ALMATY') AND status = 'ACTIVE'");
    jdbc.update("UPDATE pool_entry SET status = 'ARCHIVED' WHERE region IN ('TURKISTAN', 'ALMATY') AND status = 'ACTIVE'");
  }

  @Test
  void aPoolMemberIsOfferedAPostOfTheirRegionMarkedAsPoolAfterTheReservists() {
    String reservist = appointment.reservist("TURKISTAN", "DIRECTOR", 85);
    String member = nominations.poolMember("TURKISTAN");

    ProcessInstance instance = appointment.registerTurkistanDirectorPost();

    String options = engine.getRuntimeService().getVariable(instance.getId(), "reservistOptions").toString();
    assertThat(options).contains(reservist, member);
    assertThat(options.indexOf(reservist)).isLessThan(options.indexOf(member));
    assertThat(options).contains(member + " (" + LocalDate.now().minusDays(1).plusYears(3)
        .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ") · "
        + "Өңірлік кадрлық пул / Региональный кадровый пул");
    assertThat(options).contains(reservist + " (2025) · Республикалық резерв / Республиканский резерв");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "reservistsAvailable")).isEqualTo(2);
  }

  @Test
  void aPoolMemberOfAnotherRegionIsNeverOffered() {
    String almatyMember = nominations.poolMember("ALMATY");

    ProcessInstance turkistan = appointment.registerTurkistanDirectorPost();

    assertThat(engine.getRuntimeService().getVariable(turkistan.getId(), "reservistOptions").toString())
        .doesNotContain(almatyMember);
    assertThat(engine.getRuntimeService().getVariable(turkistan.getId(), "pathOptions").toString())
        .doesNotContain("RESERVIST");
    ProcessInstance almaty = appointment.register("district2",
        AppointmentDriver.directorVacancy("ALMATY", LocalDate.now().minusDays(2).toString()));
    assertThat(engine.getRuntimeService().getVariable(almaty.getId(), "reservistOptions").toString())
        .contains(almatyMember);
  }

  @Test
  void anAcceptingPoolMemberIsAppointedByOrderAndLeavesTheActivePool() {
    String member = nominations.poolMember("TURKISTAN");
    ProcessInstance instance = appointment.registerTurkistanDirectorPost();

    appointment.offerToReservist(instance, member);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "offeredReservist").toString())
        .contains(member, "Региональный кадровый пул");
    appointment.reservistAnswers(instance, "ACCEPTED");

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_IssueOrder", "EndEvent_PostFilled");
    AppointmentOrderRepository.Order order = orders.forVacancy(instance.getBusinessKey()).orElseThrow();
    assertThat(order.poolEntryNumber()).isEqualTo(member);
    assertThat(order.certificateNumber()).isNull();
    assertThat(order.appointeeName()).contains("Жақсыбекова");
    assertThat(pool.entry(member).orElseThrow().status()).isEqualTo("APPOINTED");
    assertThat(pool.active(kz.edu.leaders.domain.Region.TURKISTAN, LocalDate.now()))
        .extracting(TalentPoolRepository.Entry::number).doesNotContain(member);
    assertThat(appointment.events(instance)).contains("OFFERED_TO_POOL_MEMBER", "RESERVIST_ACCEPTED");
  }

  @Test
  void aPoolMemberWithAnOpenOfferIsNotOfferedAnotherPost() {
    String member = nominations.poolMember("TURKISTAN");
    ProcessInstance first = appointment.registerTurkistanDirectorPost();
    appointment.offerToReservist(first, member);

    ProcessInstance second = appointment.registerTurkistanDirectorPost();

    assertThat(engine.getRuntimeService().getVariable(second.getId(), "reservistOptions").toString())
        .doesNotContain(member);
  }

  @Test
  void theCaseApiAndTheOfficersListNameTheSource() {
    String member = nominations.poolMember("TURKISTAN");
    ProcessInstance instance = appointment.registerTurkistanDirectorPost();

    List<Map<String, Object>> listed = rest.withBasicAuth("regional", "regional").exchange(
        "/api/appointment/cases/" + instance.getBusinessKey() + "/reservists", HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    assertThat(listed).anySatisfy(option -> {
      assertThat(option).containsEntry("certificateNumber", member).containsEntry("source", "REGIONAL_POOL");
      assertThat(option.toString()).doesNotContain("iin");
    });
    appointment.offerToReservist(instance, member);
    Map<String, Object> view = rest.withBasicAuth("regional", "regional").exchange(
        "/api/appointment/cases/" + instance.getBusinessKey(), HttpMethod.GET, null,
        new ParameterizedTypeReference<Map<String, Object>>() {}).getBody();
    assertThat(view.toString()).contains("REGIONAL_POOL", member, "Жақсыбекова");
  }
}
