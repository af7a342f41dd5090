package kz.edu.leaders.talentpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@AppTest
class TalentPoolNominationProcessAppTest {

  @Autowired ProcessEngine engine;
  @Autowired NominationDriver nominations;
  @Autowired TalentPoolRepository pool;
  @Autowired TestRestTemplate rest;

  static final String TODAY = LocalDate.now().toString();

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @Nested
  class Nomination {

    @Test
    void aDistrictOfficerNominatesAPersonOfTheirRegionAndTheRegionsOfficersReview() {
      ProcessInstance instance = nominations.nominateInTurkistan();

      assertThat(instance.getBusinessKey()).matches("TPN-\\d{4}-\\d{6}");
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviewNomination");
      BpmnAwareTests.assertThat(instance).task().hasCandidateGroup("regional-officers-turkistan");
      TalentPoolRepository.Nomination record = nominations.record(instance);
      assertThat(record.status()).isEqualTo("UNDER_REVIEW");
      assertThat(record.nominatedBy()).isEqualTo("district");
      assertThat(record.nominatedAt()).isNotNull();
      assertThat(record.grounds()).contains("development plan");
      assertThat(record.courses()).contains("TC-2024-1A2B3C");
      // The task names whose nomination it is; the IIN stays out of the engine's history.
      assertThat(BpmnAwareTests.task(instance).getName()).contains("Жақсыбекова Динара", instance.getBusinessKey());
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .variableName("iin").count()).isZero();
    }

    @Test
    void aNominationForAnotherRegionIsRefusedAndNothingStarts() {
      long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(TalentPoolNomination.PROCESS_KEY).count();

      assertThatThrownBy(() -> nominations.nominate("district", NominationDriver.nominee("ALMATY")))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("region: you nominate people of your own region only");
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(TalentPoolNomination.PROCESS_KEY).count()).isEqualTo(before);
    }

    @Test
    void aWrongIinAndAMissingGroundIsRefusedWithEveryField() {
      Map<String, Object> nominee = NominationDriver.nominee("TURKISTAN", "880503400112");
      nominee.put("grounds", "");
      nominee.put("phone", "8 701");

      assertThatThrownBy(() -> nominations.nominate("district", nominee))
          .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors())
              .extracting(FieldError::field).containsExactlyInAnyOrder("iin", "grounds", "phone"));
    }

    @Test
    void aPersonWithAnOpenNominationIsNotNominatedAgain() {
      String iin = TestApplications.randomIin();
      nominations.nominate("district", NominationDriver.nominee("TURKISTAN", iin));

      assertThatThrownBy(() -> nominations.nominate("district", NominationDriver.nominee("TURKISTAN", iin)))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("iin: this person already has a nomination");
    }

    @Test
    void aPoolMemberIsNotNominatedToTheSamePoolAgainButMayBeToAnotherRegions() {
      String iin = TestApplications.randomIin();
      ProcessInstance first = nominations.nominate("district", NominationDriver.nominee("TURKISTAN", iin));
      nominations.approveFromToday(first);

      assertThatThrownBy(() -> nominations.nominate("district", NominationDriver.nominee("TURKISTAN", iin)))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("iin: this person is already in this region's talent pool");
      ProcessInstance almaty = nominations.nominate("district2", NominationDriver.nominee("ALMATY", iin));
      BpmnAwareTests.assertThat(almaty).isWaitingAt("Task_ReviewNomination");
    }
  }

  @Nested
  class Review {

    @Test
    void anApprovedPersonEntersTheRegionsPoolForTheDefaultTerm() {
      ProcessInstance instance = nominations.nominateInTurkistan();

      nominations.approve(instance, TODAY, null);

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_EnterPool", "EndEvent_EnteredPool");
      TalentPoolRepository.Nomination record = nominations.record(instance);
      assertThat(record.status()).isEqualTo("APPROVED");
      assertThat(record.decidedBy()).isEqualTo("regional");
      assertThat(record.decidedAt()).isNotNull();
      assertThat(record.termUntil()).isEqualTo(LocalDate.now().plusYears(3));
      assertThat(record.decisionReason()).contains("Өңірлік кадрлық пулға", "региональный кадровый пул");
      String entryNumber = (String) BpmnAwareTests.assertThat(instance).variables().actual().get("poolEntryNumber");
      TalentPoolRepository.Entry entry = pool.entry(entryNumber).orElseThrow();
      assertThat(entry.number()).matches("TP-\\d{4}-\\d{6}");
      assertThat(entry.status()).isEqualTo("ACTIVE");
      assertThat(entry.region().name()).isEqualTo("TURKISTAN");
      assertThat(entry.nominationNumber()).isEqualTo(instance.getBusinessKey());
      assertThat(entry.termFrom()).isEqualTo(LocalDate.now());
      assertThat(pool.active(entry.region(), LocalDate.now())).extracting(TalentPoolRepository.Entry::number)
          .contains(entryNumber);
    }

    @Test
    void theReviewerMaySetTheTermsEnd() {
      ProcessInstance instance = nominations.nominateInTurkistan();

      nominations.approve(instance, TODAY, LocalDate.now().plusYears(2).toString());

      assertThat(nominations.record(instance).termUntil()).isEqualTo(LocalDate.now().plusYears(2));
    }

    @Test
    void aTermEndingBeforeItStartsIsRefusedNamingTheFieldAndChangesNothing() {
      ProcessInstance instance = nominations.nominateInTurkistan();

      assertThatThrownBy(() -> nominations.approve(instance, TODAY, LocalDate.now().minusDays(1).toString()))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("termUntil: the term must end after it starts");
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviewNomination");
      assertThat(nominations.record(instance).status()).isEqualTo("UNDER_REVIEW");
      assertThat(nominations.record(instance).decidedBy()).isNull();
    }

    @Test
    void aDeclinedNominationRecordsTheReasonAndNoEntry() {
      ProcessInstance instance = nominations.nominateInTurkistan();

      nominations.decline(instance, "Басшылық тәжірибесі жеткіліксіз / Недостаточно управленческого опыта");

      BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_Declined").hasNotPassed("Task_EnterPool");
      TalentPoolRepository.Nomination record = nominations.record(instance);
      assertThat(record.status()).isEqualTo("DECLINED");
      assertThat(record.decidedBy()).isEqualTo("regional");
      assertThat(record.decisionReason()).contains("Ұсыным қабылданбады", "Выдвижение отклонено",
          "Недостаточно управленческого опыта");
      assertThat(pool.entries(record.region())).noneMatch(e -> e.nominationNumber().equals(record.number()));
      // Once decided, the same person may be nominated again.
      ProcessInstance again = nominations.nominate("district", NominationDriver.nominee("TURKISTAN", record.iin()));
      BpmnAwareTests.assertThat(again).isWaitingAt("Task_ReviewNomination");
    }

    @Test
    void aDeclineWithoutAReasonIsRefused() {
      ProcessInstance instance = nominations.nominateInTurkistan();

      assertThatThrownBy(() -> nominations.review("regional", instance, Map.of("poolDecision", "DECLINED")))
          .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("declineReason");
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviewNomination");
    }
  }

  @Nested
  class Access {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    @Test
    void anotherRegionsOfficerNeitherSeesNorCompletesTheReview() {
      ProcessInstance instance = nominations.nominateInTurkistan();

      assertThat(nominations.visibleReview("regional2", instance)).isNull();
      assertThat(nominations.visibleReview("regional", instance)).isNotNull();
      assertThatThrownBy(() -> nominations.review("regional2", instance, Map.of("poolDecision", "DECLINED",
          "declineReason", "Not ours to decide, but trying")))
          .isInstanceOf(RuntimeException.class);
      BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviewNomination");
      assertThat(nominations.record(instance).status()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void aRegionsPoolIsReadByItsOfficersOnly() {
      String entry = nominations.poolMember("TURKISTAN");

      ResponseEntity<Map<String, Object>> own = rest.withBasicAuth("regional", "regional")
          .exchange("/api/talent-pool/TURKISTAN", HttpMethod.GET, null, JSON);
      assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(own.getBody().get("entries").toString()).contains(entry);
      assertThat(rest.withBasicAuth("district", "district")
          .exchange("/api/talent-pool/turkistan", HttpMethod.GET, null, JSON).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(rest.withBasicAuth("regional2", "regional2")
          .exchange("/api/talent-pool/TURKISTAN", HttpMethod.GET, null, JSON).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(rest.withBasicAuth("operator", "operator")
          .exchange("/api/talent-pool/TURKISTAN", HttpMethod.GET, null, JSON).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }
}
