package kz.edu.leaders.appointment.competition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Members vote at the same moment, as they do at the end of a session. */
@AppTest
class ConcurrentVotesAppTest {

  @Autowired CompetitionDriver competition;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void membersVotingAtOnceAllHaveTheirVotesCounted() throws Exception {
    String vacancy = competition.newVacancy(Region.TURKISTAN);
    competition.start(vacancy);
    competition.announce(vacancy);
    competition.applicationsClose(vacancy);
    competition.recordApplications(vacancy, List.of(CompetitionDriver.applicant("Ivanova", "Aigerim"),
        CompetitionDriver.applicant("Petrov", "Bakhyt")));
    ClockUtil.reset();
    long ivanova = competition.candidateId(vacancy, "Ivanova");
    long petrov = competition.candidateId(vacancy, "Petrov");
    competition.checkDocuments(vacancy, Map.of());
    competition.recordTests(vacancy, Map.of(ivanova, 88.0, petrov, 76.5));
    competition.schedule(vacancy, Set.of(ivanova, petrov));
    competition.attendance(vacancy, Set.of(ivanova, petrov));

    ExecutorService pool = Executors.newFixedThreadPool(CompetitionDriver.MEMBERS.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> votes = new ArrayList<>();
    for (String member : CompetitionDriver.MEMBERS) {
      votes.add(pool.submit(() -> {
        start.await();
        competition.vote(member, vacancy, Map.of(ivanova, "FOR", petrov, "AGAINST"));
        return null;
      }));
    }
    start.countDown();
    List<String> failures = new ArrayList<>();
    for (Future<?> vote : votes) {
      try {
        vote.get();
      } catch (Exception e) {
        failures.add(String.valueOf(e.getCause()));
      }
    }
    pool.shutdown();
    competition.runJobs(vacancy);
    assertThat(failures).isEmpty();
    competition.attachRecording(vacancy);

    assertThat(competition.competition(vacancy).outcome()).isEqualTo("WINNER");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM competition_vote WHERE candidate_id = ?", Integer.class,
        ivanova)).isEqualTo(CompetitionDriver.MEMBERS.size());
  }
}
