package kz.edu.leaders.appointment.competition;

import kz.edu.leaders.appointment.CompetitionResults;
import kz.edu.leaders.demo.CompetitionSteps;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.domain.Post;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Drives OpenCompetition the way its users do in Tasklist (logged in, claiming, submitting the forms, dynamic lists
 * as JSON), so tests read like the process. Reusable by the appointment's tests: {@link #runToWinner} completes a
 * typical competition for a vacancy whose OpenCompetition instance runs (or starts one).
 *
 * <p>The application window is real: {@link #applicationsClose} moves the engine clock past it. Tests reset it with
 * {@code ClockUtil.reset()}; {@link #runToWinner} resets it itself.
 */
@Component
@Profile("demo") // drives cases with the demo steps
public class CompetitionDriver extends CompetitionSteps {

  /** The demo commission of Turkistan region. */
  public static final List<String> MEMBERS = List.of("competition", "competition2", "competition3", "competitionchair");

  private final VacancyRepository vacancies;
  private final CompetitionCalendar calendar;

  public CompetitionDriver(ProcessEngine engine, VacancyRepository vacancies, CompetitionRepository competitions,
                           CompetitionCalendar calendar) {
    super(engine, competitions);
    this.vacancies = vacancies;
    this.calendar = calendar;
  }

  /** A new vacancy for a school director in the region, as the district department registers it. */
  public String newVacancy(Region region) {
    String number = vacancies.nextNumber(2026);
    vacancies.insert(number, new VacancyRepository.NewVacancy("School No. 7, Turkistan", region, Post.DIRECTOR,
        LocalDate.of(2026, 2, 1)), "district", null);
    return number;
  }

  public ProcessInstance start(String vacancy) {
    return engine.getRuntimeService().startProcessInstanceByKey("OpenCompetition", vacancy);
  }

  /** The officer announces today (engine time). */
  public void announce(String vacancy) {
    announce(vacancy, calendar.today());
  }

  /** Moves the engine clock to just after the last day of the application window. */
  public void applicationsClose(String vacancy) {
    ClockUtil.setCurrentTime(new Date(calendar.endOf(competition(vacancy).applicationsUntil()).getTime() + 60_000));
  }

  /** A candidate's application row, as the officer types it in the form. */
  public static Map<String, Object> applicant(String surname, String firstName) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("iin", TestApplications.randomIin());
    row.put("surname", surname);
    row.put("firstName", firstName);
    row.put("patronymic", null);
    row.put("phone", "+77011234567");
    row.put("email", surname.toLowerCase() + "@example.kz");
    row.put("currentPost", "Deputy director, School No. 3, Turkistan");
    return row;
  }

  /** A session tomorrow at 10:00 Kazakhstan time (engine clock), with the candidates who consent. */
  public void schedule(String vacancy, Set<Long> consenting) {
    schedule(vacancy, calendar.today().plusDays(1) + "T10:00+05:00", "https://youtube.com/live/turkistan-konkurs",
        consenting);
  }

  /** Every member of the Turkistan commission votes the same ballot. */
  public void everyoneVotes(String vacancy, Map<Long, String> votes) {
    MEMBERS.forEach(member -> vote(member, vacancy, votes));
  }

  public void attachRecording(String vacancy) {
    attachRecording(vacancy, "https://youtube.com/watch?v=turkistan-konkurs-1");
  }

  /** Voting closes: the vote's timer fires. */
  public void votingCloses(String vacancy) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance(vacancy).getId()).timers()
        .singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }

  /**
   * A typical competition with a winner: two applicants, both admitted, both pass the test and come to the
   * session, and the commission supports the first ("Ivanova"). Returns the winner.
   */
  public CompetitionResults.Winner runToWinner(String vacancy) {
    if (instance(vacancy) == null) {
      start(vacancy);
    }
    try {
      announce(vacancy);
      applicationsClose(vacancy);
      recordApplications(vacancy, List.of(applicant("Ivanova", "Aigerim"), applicant("Petrov", "Bakhyt")));
      long ivanova = candidateId(vacancy, "Ivanova");
      long petrov = candidateId(vacancy, "Petrov");
      checkDocuments(vacancy, Map.of());
      recordTests(vacancy, Map.of(ivanova, 88.0, petrov, 76.5));
      schedule(vacancy, Set.of(ivanova, petrov));
      attendance(vacancy, Set.of(ivanova, petrov));
      everyoneVotes(vacancy, Map.of(ivanova, "FOR", petrov, "AGAINST"));
      attachRecording(vacancy);
    } finally {
      ClockUtil.reset();
    }
    return competitions.winner(vacancy).orElseThrow();
  }


}
