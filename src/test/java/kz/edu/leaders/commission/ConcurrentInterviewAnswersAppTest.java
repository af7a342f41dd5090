package kz.edu.leaders.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.edu.leaders.selection.SelectionDriver;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Republican commission's members answer at the same moment, as they do at the end of an interview. */
@AppTest
class ConcurrentInterviewAnswersAppTest {

  @Autowired SelectionDriver selection;
  @Autowired RepublicanCommission commission;
  @Autowired InterviewRepository interviews;

  @Test
  void membersAnsweringAtOnceAreAllCountedAndTheCandidateIsDecided() throws Exception {
    ProcessInstance application = selection.admittedToInterview(TestApplications.eligibleTeacher());
    ProcessInstance interview = selection.interview(application);
    List<String> members = commission.members();

    ExecutorService pool = Executors.newFixedThreadPool(members.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> answers = new ArrayList<>();
    for (String member : members) {
      answers.add(pool.submit(() -> {
        start.await();
        selection.score(member, interview, 8, 8, 9, 8);
        return null;
      }));
    }
    start.countDown();
    List<String> failures = new ArrayList<>();
    for (Future<?> answer : answers) {
      try {
        answer.get();
      } catch (Exception e) {
        failures.add(String.valueOf(e.getCause()));
      }
    }
    pool.shutdown();
    selection.runJobs(application);

    assertThat(failures).isEmpty();
    assertThat(interviews.decisions(application.getBusinessKey())).containsExactly("PASSED");
    assertThat(selection.record(application).outcome()).isEqualTo("ENROLLED");
  }
}
