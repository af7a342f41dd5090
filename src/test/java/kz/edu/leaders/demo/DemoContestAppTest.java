package kz.edu.leaders.demo;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.events.contest.ContestRepository;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AppTest
class DemoContestAppTest {

  @Autowired DemoContest demo;
  @Autowired ContestRepository contests;
  @Autowired ContestSteps contest;
  @Autowired ProcessEngine engine;

  @Test
  void jambylsContestWaitsForTheRemainingScoresInTheJurorsTasklists() {
    String number = demo.seed();

    assertThat(contests.admitted(number)).hasSize(4);
    assertThat(contests.recusals(number)).extracting(ContestRepository.Recusal::juror, ContestRepository.Recusal::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("juror3", "OWN_DISTRICT"));
    assertThat(contests.scores(number)).hasSize(6 * 7);
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).singleResult();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_ScoreContestEntry").count()).isEqualTo(9);
    assertThat(contest.task("juror2", instance, "Task_ScoreContestEntry", 3)).isNotNull();
    assertThat(contest.task("juror3", instance, "Task_ScoreContestEntry", 2)).isNull();
    assertThat(contest.task("jurychair", instance, "Task_ScoreContestEntry", 4)).isNotNull();
    assertThat(contest.task("juror", instance, "Task_ScoreContestEntry", 1)).isNull();
  }
}
