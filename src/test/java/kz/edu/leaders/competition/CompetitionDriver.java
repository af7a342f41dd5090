package kz.edu.leaders.competition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kz.edu.leaders.appointment.Post;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.selection.Region;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
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
public class CompetitionDriver {

  public static final String OFFICER = "regional";
  public static final String CHAIR = "competitionchair";
  /** The demo commission of Turkistan region. */
  public static final List<String> MEMBERS = List.of("competition", "competition2", "competition3", "competitionchair");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;
  private final VacancyRepository vacancies;
  private final CompetitionRepository competitions;
  private final CompetitionCalendar calendar;

  public CompetitionDriver(ProcessEngine engine, VacancyRepository vacancies, CompetitionRepository competitions,
                           CompetitionCalendar calendar) {
    this.engine = engine;
    this.vacancies = vacancies;
    this.competitions = competitions;
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

  /** The running OpenCompetition instance of the vacancy. */
  public ProcessInstance instance(String vacancy) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("OpenCompetition")
        .processInstanceBusinessKey(vacancy).singleResult();
  }

  public CompetitionRepository.Competition competition(String vacancy) {
    return competitions.current(vacancy);
  }

  public List<CompetitionRepository.Candidate> candidates(String vacancy) {
    return competitions.candidates(competition(vacancy).id());
  }

  public long candidateId(String vacancy, String surname) {
    return candidates(vacancy).stream().filter(c -> c.surname().equals(surname)).findFirst().orElseThrow().id();
  }

  public void announce(String vacancy, LocalDate on) {
    complete(OFFICER, vacancy, Map.of("announcedOn", on.toString(),
        "announcementText", "Open competition for the post of director: https://edu.turkistan.kz/konkurs/42"));
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

  public void recordApplications(String vacancy, List<Map<String, Object>> rows) {
    complete(OFFICER, vacancy, Map.of(ApplicationsSubmission.VARIABLE, json(rows)));
  }

  /** Accepts every candidate's documents except those with a rejection reason. */
  public void checkDocuments(String vacancy, Map<Long, String> rejections) {
    submitRows(OFFICER, vacancy, DocumentCheckSubmission.VARIABLE, Map.of(), (id, row) -> {
      row.put("decision", rejections.containsKey(id) ? "REJECT" : "ACCEPT");
      row.put("reason", rejections.get(id));
    });
  }

  /** Test results in percent; a candidate missing from the map (or mapped to null) did not attend. */
  public void recordTests(String vacancy, Map<Long, Double> scores) {
    submitRows(OFFICER, vacancy, TestResultsSubmission.VARIABLE, Map.of("observerName", "Nurgul Sadykova"),
        (id, row) -> {
          row.put("noShow", scores.get(id) == null);
          row.put("score", scores.get(id));
        });
  }

  /** A session tomorrow at 10:00 Kazakhstan time (engine clock), with the candidates who consent. */
  public void schedule(String vacancy, Set<Long> consenting) {
    LocalDate tomorrow = calendar.today().plusDays(1);
    submitRows(OFFICER, vacancy, SessionScheduleSubmission.VARIABLE, Map.of(
            "sessionAt", tomorrow + "T10:00+05:00", "streamLink", "https://youtube.com/live/turkistan-konkurs"),
        (id, row) -> row.put("consent", consenting.contains(id)));
    runJobs(vacancy);
  }

  public void attendance(String vacancy, Set<Long> present) {
    submitRows(OFFICER, vacancy, AttendanceSubmission.VARIABLE, Map.of(),
        (id, row) -> row.put("presence", present.contains(id) ? "PRESENT" : "NO_SHOW"));
  }

  /** The member votes FOR or AGAINST each candidate in their own task. */
  public void vote(String member, String vacancy, Map<Long, String> votes) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance(vacancy).getId())
        .taskAssignee(member).singleResult();
    if (task == null) {
      throw new IllegalStateException(member + " has no ballot in " + vacancy);
    }
    List<Map<String, Object>> rows = rows(task, VoteSubmission.VARIABLE);
    rows.forEach(row -> row.put("vote", votes.get(((Number) row.get("candidateId")).longValue())));
    submit(member, task, Map.of(VoteSubmission.VARIABLE, json(rows)));
  }

  /** Every member of the Turkistan commission votes the same ballot. */
  public void everyoneVotes(String vacancy, Map<Long, String> votes) {
    MEMBERS.forEach(member -> vote(member, vacancy, votes));
  }

  /** The chair chooses a candidate's id, or "NOBODY". */
  public void chairDecides(String vacancy, String choice, String reason) {
    complete(CHAIR, vacancy, Map.of("chairChoice", choice, "chairReason", reason));
  }

  public void attachRecording(String vacancy) {
    complete(OFFICER, vacancy, Map.of("recordingLink", "https://youtube.com/watch?v=turkistan-konkurs-1"));
  }

  /** Voting closes: the vote's timer fires. */
  public void votingCloses(String vacancy) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance(vacancy).getId()).timers()
        .singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }

  /** Runs the instance's pending asynchronous steps (opening a session) now. */
  public void runJobs(String vacancy) {
    ProcessInstance instance = instance(vacancy);
    if (instance == null) {
      return;
    }
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages()
        .list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  /**
   * A typical competition with a winner: two applicants, both admitted, both pass the test and come to the
   * session, and the commission supports the first ("Ivanova"). Returns the winner.
   */
  public CompetitionRepository.Winner runToWinner(String vacancy) {
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

  /** The user takes the instance's open task (theirs, or a free one of their groups) and submits its form. */
  public void complete(String user, String vacancy, Map<String, Object> values) {
    submit(user, openTask(user, vacancy), values);
  }

  /** The prefilled rows of the user's open task, answered by the filler, submitted with the other values. */
  public void submitRows(String user, String vacancy, String variable, Map<String, Object> values,
                         java.util.function.BiConsumer<Long, Map<String, Object>> filler) {
    Task task = openTask(user, vacancy);
    List<Map<String, Object>> rows = rows(task, variable);
    rows.forEach(row -> filler.accept(((Number) row.get("candidateId")).longValue(), row));
    Map<String, Object> submitted = new HashMap<>(values);
    submitted.put(variable, json(rows));
    submit(user, task, submitted);
  }

  /** The prefilled rows a task's form shows. */
  public List<Map<String, Object>> rows(Task task, String variable) {
    Object value = engine.getTaskService().getVariable(task.getId(), variable);
    try {
      return value == null ? new ArrayList<>() : JSON.readValue(value.toString(), new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public Task openTask(String user, String vacancy) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance(vacancy).getId())
        .or().taskAssignee(user).taskUnassigned().endOr().list();
    if (tasks.isEmpty()) {
      throw new IllegalStateException(user + " sees no open task of " + vacancy);
    }
    return tasks.get(0);
  }

  public void submit(String user, Task task, Map<String, Object> values) {
    as(user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  /** Runs the action logged in as the user with the user's groups, as Tasklist would. */
  public <T> T as(String user, Supplier<T> action) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(group -> group.getId()).toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Dynamic list rows as Tasklist submits them: Spin JSON. */
  public static Object json(List<Map<String, Object>> rows) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
