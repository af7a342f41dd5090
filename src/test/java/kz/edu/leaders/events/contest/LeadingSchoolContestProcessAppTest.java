package kz.edu.leaders.events.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.demo.ContestSteps;
import kz.edu.leaders.events.contest.ContestRepository.Result;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** LeadingSchoolContest from the announcement to the published results, as the organiser, jurors and chair take it. */
@AppTest
class LeadingSchoolContestProcessAppTest {

  static final List<String> ALL = List.of("juror", "juror2", "juror3", "jurychair");

  @Autowired ProcessEngine engine;
  @Autowired ContestSteps contest;
  @Autowired ContestRepository contests;
  @Autowired ContestScoring scoring;
  @Autowired ContestSettings settings;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void clock() {
    ClockUtil.reset();
    settings.setCombination(ContestCombination.Rule.MEAN);
  }

  ProcessInstance announced() {
    return contest.announce("organiser", ContestSteps.announcement(LocalDateTime.now().plusDays(3)));
  }

  /** Four admitted entries, a fifth rejected; juror3 recused from entry 2 (own district). */
  ProcessInstance judging() {
    ProcessInstance instance = announced();
    contest.register("organiser", instance, List.of(ContestSteps.entry(1), ContestSteps.entry(2)), false);
    contest.register("organiser", instance, List.of(ContestSteps.entry(3), ContestSteps.entry(4),
        ContestSteps.entry(5)), true);
    contest.admit("organiser", instance, 5, Map.of(5, "Құжаттар толық емес / Документы неполные"));
    contest.declareConflicts("juror", instance, Map.of());
    contest.declareConflicts("juror2", instance, Map.of());
    contest.declareConflicts("juror3", instance, Map.of(2, "OWN_DISTRICT"));
    contest.declareConflicts("jurychair", instance, Map.of());
    return instance;
  }

  @Test
  void announcedEntriesAdmittedScoredCombinedNamedApprovedAndPublished() {
    ProcessInstance instance = judging();
    String number = instance.getBusinessKey();
    assertThat(number).matches("LS-\\d{4}-\\d{6}");
    assertThat(contests.criteria(number)).hasSize(7);
    assertThat(contests.rounds(number)).hasSize(3);
    assertThat(contests.nominations(number)).hasSize(2);
    assertThat(contests.jurors(number)).extracting(ContestRepository.Juror::userId)
        .containsExactly("juror", "juror2", "juror3", "jurychair");
    assertThat(contests.admitted(number)).hasSize(4);
    assertThat(contests.entry(number, 5).orElseThrow().rejectionReason()).contains("неполные");
    assertThat(contests.recusals(number)).containsExactly(
        new ContestRepository.Recusal("juror3", 2, "OWN_DISTRICT", null));

    // 4 entries × 4 jurors, less juror3's recusal.
    List<Task> scoringTasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_ScoreContestEntry").list();
    assertThat(scoringTasks).hasSize(15);
    assertThat(contest.task("juror3", instance, "Task_ScoreContestEntry", 2)).isNull();
    assertThat(contest.task("juror3", instance, "Task_ScoreContestEntry", 1).getName())
        .contains(number).contains("Өтінім / Заявка 1:").contains("Оценить заявку");

    for (String juror : ALL) {
      for (int entry = 1; entry <= 4; entry++) {
        if (!(juror.equals("juror3") && entry == 2)) {
          contest.score(juror, instance, entry, List.of(6 - entry));
        }
      }
    }
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_NameContestWinners");
    assertThat(contests.scores(number)).hasSize(15 * 7);
    List<Result> results = contests.results(number);
    assertThat(results).extracting(Result::entryNo).containsExactly(1, 2, 3, 4);
    assertThat(results.get(0).total()).isEqualByComparingTo("35");
    Task winners = contest.task("jurychair", instance, "Task_NameContestWinners", null);
    assertThat(contest.variable("jurychair", winners, "placeOrder")).isEqualTo("1, 2, 3");

    contest.nameWinners(instance, "1, 2, 3", java.util.Arrays.asList(1, null));
    contest.decideProtocol(instance, false, "Номинацияны қайта қараңыз / Пересмотрите номинацию");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_NameContestWinners");
    contest.nameWinners(instance, "1, 2, 3", List.of(1, 3));
    contest.decideProtocol(instance, true, null);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_PublishContestResults", "EndEvent_ContestPublished");
    assertThat(contests.get(number).status()).isEqualTo(LeadingSchoolContest.PUBLISHED);
    assertThat(contests.results(number)).extracting(Result::place).containsExactly(1, 2, 3, null);
    assertThat(contests.nominations(number)).extracting(ContestRepository.Nomination::entryNo).containsExactly(1, 3);
    List<ContestRepository.Protocol> protocols = contests.protocols(number);
    assertThat(protocols).extracting(ContestRepository.Protocol::decision).containsExactly("RETURNED", "APPROVED");
    assertThat(protocols.get(1).rule()).isEqualTo("MEAN");
    assertThat(protocols.get(1).decidedBy()).isEqualTo("jurychair");
    assertThat(protocols.get(1).places()).isEqualTo("1,2,3");
  }

  @Test
  void equalTotalsAtAPrizePlaceWaitForTheChairsOrderOfAllTiedEntries() {
    ProcessInstance instance = judging();
    String number = instance.getBusinessKey();
    for (String juror : ALL) {
      for (int entry = 1; entry <= 4; entry++) {
        if (!(juror.equals("juror3") && entry == 2)) {
          contest.score(juror, instance, entry, List.of(entry <= 2 ? 4 : 5 - entry));
        }
      }
    }
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DecideContestTie");
    assertThat(contests.tieOrder(number)).isEmpty();
    // Forced past the tie (an administrator's instance modification): the places cannot be named without it.
    engine.getRuntimeService().createProcessInstanceModification(instance.getId())
        .startBeforeActivity("Task_NameContestWinners").execute();
    assertThatThrownBy(() -> contest.complete("jurychair", instance, "Task_NameContestWinners", null,
        Map.of("placeOrder", "1, 2, 3"))).isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("not decided by the chair");
    assertThat(contests.results(number)).allMatch(r -> r.place() == null);
    engine.getRuntimeService().createProcessInstanceModification(instance.getId())
        .cancelAllForActivity("Task_NameContestWinners").execute();
    assertThatThrownBy(() -> contest.decideTie(instance, "2")).hasMessageContaining("1,2").hasMessageNotContaining("1,2,3");
    assertThatThrownBy(() -> contest.decideTie(instance, "2, 2, 1")).hasMessageContaining("2");
    contest.decideTie(instance, "2, 1");
    assertThat(contests.tieOrder(number)).contains(List.of(2, 1));
    Task winners = contest.task("jurychair", instance, "Task_NameContestWinners", null);
    assertThat(contest.variable("jurychair", winners, "placeOrder")).isEqualTo("2, 1, 3");
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    // Another region's organiser, a juror outside the region's jury, a deadline in the past.
    assertThatThrownBy(() -> contest.announce("organiser2", ContestSteps.announcement(LocalDateTime.now().plusDays(3))))
        .hasMessageContaining("Алматы");
    Map<String, Object> strangers = new java.util.HashMap<>(ContestSteps.announcement(LocalDateTime.now().plusDays(3)));
    strangers.put("jury", ContestSteps.json(List.of(Map.of("userId", "commission"))));
    strangers.put("chair", "juror");
    assertThatThrownBy(() -> contest.announce("organiser", strangers)).hasMessageContaining("commission")
        .hasMessageContaining("juror");
    assertThatThrownBy(() -> contest.announce("organiser", ContestSteps.announcement(LocalDateTime.now().minusDays(1))))
        .isInstanceOf(InvalidSubmissionException.class);

    ProcessInstance instance = announced();
    String number = instance.getBusinessKey();
    contest.register("organiser", instance, List.of(ContestSteps.entry(1)), false);
    // After the deadline: a clear error, nothing registered.
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.now().plusDays(4).atZone(ZoneId.systemDefault()).toInstant()));
    assertThatThrownBy(() -> contest.register("organiser", instance, List.of(ContestSteps.entry(2)), false))
        .hasMessageContaining(number);
    assertThat(contests.entries(number)).hasSize(1);
    ClockUtil.reset();
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RegisterContestEntries");
  }

  @Test
  void scoresOutOfRangeFromARecusedJurorOrTwiceAreRefused() {
    ProcessInstance instance = judging();
    String number = instance.getBusinessKey();
    assertThatThrownBy(() -> contest.score("juror", instance, 1, List.of(11))).hasMessageContaining("from 0 to 5")
        .isInstanceOf(InvalidSubmissionException.class);
    assertThat(contests.scores(number)).isEmpty();
    List<Map<String, Object>> rows = JurorTaskContextListener.rows(contests.criteria(number), contests.rounds(number))
        .stream().map(r -> {
          Map<String, Object> row = new java.util.HashMap<>(r);
          row.put("score", 3);
          return row;
        }).toList();
    assertThatThrownBy(() -> scoring.submit(number, "juror3", 2, rows, null)).isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("recused from entry No. 2");
    contest.score("juror", instance, 1, List.of(4));
    assertThatThrownBy(() -> scoring.submit(number, "juror", 1, rows, null)).isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("already scored entry No. 1");
    assertThat(contests.scores(number)).hasSize(7).allMatch(s -> s.score() == 4);
  }

  @Test
  void theTrimmedMeanSetByTheAnalystDropsTheExtremesAndTheProtocolSaysSo() {
    settings.setCombination(ContestCombination.Rule.TRIMMED_MEAN);
    ProcessInstance instance = judging();
    String number = instance.getBusinessKey();
    // Entry 1: four scores per criterion (1, 2, 3, 5): trimmed to (2, 3), 2.50 each; entry 2 has only three scores
    // (juror3 recused), below the threshold of four: the plain mean.
    Map<String, Integer> first = Map.of("juror", 1, "juror2", 2, "juror3", 3, "jurychair", 5);
    Map<String, Integer> second = Map.of("juror", 1, "juror2", 2, "jurychair", 5);
    for (String juror : ALL) {
      contest.score(juror, instance, 1, List.of(first.get(juror)));
      if (second.containsKey(juror)) {
        contest.score(juror, instance, 2, List.of(second.get(juror)));
      }
      contest.score(juror, instance, 3, List.of(1));
      contest.score(juror, instance, 4, List.of(0));
    }
    Map<Integer, java.math.BigDecimal> totals = new java.util.HashMap<>();
    contests.results(number).forEach(r -> totals.put(r.entryNo(), r.total()));
    assertThat(totals.get(1)).isEqualByComparingTo("17.50");
    assertThat(totals.get(2)).isEqualByComparingTo("18.69");
    assertThat(contests.criterionResults(number).stream().filter(r -> r.entryNo() == 1))
        .allMatch(ContestRepository.CriterionResult::trimmed);
    assertThat(contests.criterionResults(number).stream().filter(r -> r.entryNo() == 2))
        .noneMatch(ContestRepository.CriterionResult::trimmed);
    assertThat(contests.protocols(number).get(0).rule()).isEqualTo("TRIMMED_MEAN");
    assertThat(contests.protocols(number).get(0).trimMinimum()).isEqualTo(4);
  }
}
