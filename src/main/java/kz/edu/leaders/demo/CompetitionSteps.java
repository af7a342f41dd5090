package kz.edu.leaders.demo;

import kz.edu.leaders.appointment.competition.ApplicationsSubmission;
import kz.edu.leaders.appointment.competition.CandidateDocumentsSubmission;
import kz.edu.leaders.appointment.competition.AttendanceSubmission;
import kz.edu.leaders.appointment.competition.CompetitionRepository;
import kz.edu.leaders.appointment.competition.SessionScheduleSubmission;
import kz.edu.leaders.appointment.competition.TestResultsSubmission;
import kz.edu.leaders.appointment.competition.VoteSubmission;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kz.edu.leaders.common.LoggedIn;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * OpenCompetition's steps as its users take them through the engine (logged in as a user of the right groups,
 * claiming, submitting the forms, dynamic lists as JSON), for the demo data and for tests that drive whole cases.
 * Primary: the tests' driver extends it.
 */
@Component
@Profile("demo")
@Primary
public class CompetitionSteps {

  public static final String OFFICER = "regional";
  public static final String CHAIR = "competitionchair";

  private static final ObjectMapper JSON = new ObjectMapper();

  protected final ProcessEngine engine;
  protected final CompetitionRepository competitions;

  public CompetitionSteps(ProcessEngine engine, CompetitionRepository competitions) {
    this.engine = engine;
    this.competitions = competitions;
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

  public void recordApplications(String vacancy, List<Map<String, Object>> rows) {
    complete(OFFICER, vacancy, Map.of(ApplicationsSubmission.VARIABLE, json(rows)));
  }

  /** Accepts every candidate's documents except those with a rejection reason. */
  public void checkDocuments(String vacancy, Map<Long, String> rejections) {
    submitRows(OFFICER, vacancy, CandidateDocumentsSubmission.VARIABLE, Map.of(), (id, row) -> {
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
    runJobs(vacancy);
  }

  /** The chair chooses a candidate's id, or "NOBODY". */
  public void chairDecides(String vacancy, String choice, String reason) {
    complete(CHAIR, vacancy, Map.of("chairChoice", choice, "chairReason", reason));
  }

  /**
   * Runs the instance's pending asynchronous steps (opening a session, counting a vote) now. A running job
   * executor may take some first, or two may collide; the loop then looks again.
   */
  public void runJobs(String vacancy) {
    for (int attempt = 0; attempt < 100; attempt++) {
      ProcessInstance instance = instance(vacancy);
      if (instance == null) {
        return;
      }
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages()
          .list();
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (ProcessEngineException raced) {
          pause();
        }
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
    IdentityService identity = engine.getIdentityService();
    return LoggedIn.as(identity, user, LoggedIn.groupsOf(identity, user), action);
  }

  /** Dynamic list rows as Tasklist submits them: Spin JSON. */
  public static Object json(List<Map<String, Object>> rows) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The session at a time given as ISO date-time (with offset, or Kazakhstan time without), with the consenting. */
  public void schedule(String vacancy, String sessionAt, String streamLink, Set<Long> consenting) {
    submitRows(OFFICER, vacancy, SessionScheduleSubmission.VARIABLE, Map.of("sessionAt", sessionAt,
        "streamLink", streamLink), (id, row) -> row.put("consent", consenting.contains(id)));
    runJobs(vacancy);
  }

  public void attachRecording(String vacancy, String link) {
    complete(OFFICER, vacancy, Map.of("recordingLink", link));
  }
}
