package kz.edu.leaders.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import kz.edu.leaders.appointment.AppointmentDriver;
import kz.edu.leaders.appointment.competition.CompetitionDriver;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.selection.SelectionDriver;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.talentpool.NominationDriver;
import kz.edu.leaders.support.ErrorFields;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every user task of every diagram in {@code bpmn/}, and every start form, through the engine REST API as its user
 * would submit it: the form's fields with valid values pass the gate; the same with an unknown variable, with a
 * variable the process holds but the form does not show, or with a display-only field changed is refused with 400
 * naming it, and the task stays open with every variable as it was. A new task is covered without a test of its own:
 * the test starts it in a running instance of its process (instance modification) and reads its deployed form.
 */
@AppTest
class EveryFormAppTest {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String UNKNOWN = "leadersNotAFieldOfThisForm";

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired DeployedForms forms;
  @Autowired SelectionDriver selection;
  @Autowired AppointmentDriver appointment;
  @Autowired CompetitionDriver competitions;
  @Autowired NominationDriver nominations;
  @Autowired kz.edu.leaders.demo.TrainingSteps training;
  @Autowired kz.edu.leaders.demo.ForumSteps forums;
  @Autowired kz.edu.leaders.demo.ContestSteps contest;

  static Stream<Arguments> userTasks() {
    List<Arguments> tasks = new ArrayList<>();
    for (BpmnModelInstance model : models()) {
      for (Process process : model.getModelElementsByType(Process.class)) {
        process.getChildElementsByType(UserTask.class).forEach(task ->
            tasks.add(Arguments.of(process.getId(), task.getId())));
        // User tasks inside sub-processes are children of those.
        model.getModelElementsByType(UserTask.class).stream()
            .filter(task -> !(task.getParentElement() instanceof Process) && inside(task, process))
            .forEach(task -> tasks.add(Arguments.of(process.getId(), task.getId())));
      }
    }
    return tasks.stream();
  }

  static Stream<String> processes() {
    return models().stream().flatMap(model -> model.getModelElementsByType(Process.class).stream())
        .map(Process::getId);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("userTasks")
  void aTaskAcceptsExactlyWhatItsFormAsks(String process, String activity) {
    Task task = openTask(process, activity);
    String user = userOf(task);
    FormSchema form = forms.ofTask(task);
    Map<String, Object> shown = engine.getTaskService().getVariables(task.getId());
    Map<String, JsonNode> valid = FormSamples.valid(form, shown)
        .orElseThrow(() -> new AssertionError("no sample submission fits the form " + form.id()));
    String path = "/engine-rest/task/" + task.getId() + "/submit-form";

    refused(task, user, path, with(valid, UNKNOWN, FormSamples.dto(NODES.textNode("anything"))), UNKNOWN);
    String held = shown.keySet().stream().filter(name -> !form.fields().containsKey(name)
        && !form.lists().containsKey(name)).sorted().findFirst().orElse(null);
    if (held != null) {
      refused(task, user, path, with(valid, held, FormSamples.dto(NODES.textNode("forged"))), held);
    }
    String displayOnly = form.fields().values().stream()
        .filter(f -> f.displayOnly() && shown.get(f.key()) != null).map(FormSchema.Field::key).findFirst()
        .orElse(null);
    if (displayOnly != null) {
      refused(task, user, path, with(valid, displayOnly, FormSamples.dto(NODES.textNode("changed"))), displayOnly);
    }

    ResponseEntity<Map<String, Object>> accepted = post(user, path, Map.of("variables", valid));
    assertThat(accepted.getStatusCode().value()).as("%s: %s", activity, accepted.getBody()).isLessThan(500);
    if (accepted.getStatusCode() != HttpStatus.NO_CONTENT) {
      // The form's rules are kept; the process's own (dates against the record, say) may still say no.
      assertThat(accepted.getBody()).as(activity).containsEntry("code", "request.invalid");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processes")
  void aStartFormAcceptsExactlyWhatItAsks(String process) {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(process).latestVersion().singleResult();
    FormSchema form = forms.ofStart(definition.getId());
    if (form.fields().isEmpty() && form.lists().isEmpty()) {
      return; // started by another process or a service, never by a person
    }
    String user = starterOf(process);
    Map<String, JsonNode> valid = FormSamples.valid(form, Map.of())
        .orElseThrow(() -> new AssertionError("no sample submission fits the start form " + form.id()));
    String path = "/engine-rest/process-definition/key/" + process + "/submit-form";
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(process).count();

    for (String extra : List.of(UNKNOWN, "applicationNumber", "vacancyNumber", "candidateName")) {
      ResponseEntity<Map<String, Object>> response =
          post(user, path, Map.of("variables", with(valid, extra, FormSamples.dto(NODES.textNode("forged")))));
      assertThat(response.getStatusCode()).as(extra).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(ErrorFields.of(response.getBody())).as(extra).anyMatch(e -> e.startsWith(extra + ":"));
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(process).count())
        .isEqualTo(before);

    ResponseEntity<Map<String, Object>> accepted = post(user, path, Map.of("variables", valid));
    assertThat(accepted.getStatusCode().value()).as("%s", accepted.getBody()).isLessThan(500);
    if (!accepted.getStatusCode().is2xxSuccessful()) {
      assertThat(accepted.getBody()).containsEntry("code", "request.invalid");
    }
  }

  /** Submits and expects 400 naming the variable, the task still open and its variables unchanged. */
  void refused(Task task, String user, String path, Map<String, JsonNode> variables, String named) {
    Map<String, String> before = snapshot(task);
    ResponseEntity<Map<String, Object>> response = post(user, path, Map.of("variables", variables));
    assertThat(response.getStatusCode()).as("%s with %s", task.getTaskDefinitionKey(), named)
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("code", "submission.invalid");
    assertThat(ErrorFields.of(response.getBody())).as("%s", response.getBody())
        .anyMatch(error -> error.startsWith(named + ":"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(snapshot(task)).isEqualTo(before);
  }

  Map<String, String> snapshot(Task task) {
    Map<String, String> values = new TreeMap<>();
    engine.getTaskService().getVariables(task.getId()).forEach((name, value) -> values.put(name, String.valueOf(value)));
    return values;
  }

  static Map<String, JsonNode> with(Map<String, JsonNode> valid, String name, ObjectNode value) {
    Map<String, JsonNode> variables = new LinkedHashMap<>(valid);
    variables.put(name, value);
    return variables;
  }

  ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  /**
   * A task of the activity, open in a running instance of its process: started by modification in an instance
   * whose records exist, with the variables its expressions read (dates as the earlier steps would set them).
   */
  Task openTask(String process, String activity) {
    ProcessInstance reached = reachedByItsSteps(activity);
    ProcessInstance instance = reached != null ? reached : baseInstance(process);
    Task open = task(instance, activity);
    if (open != null) {
      return open;
    }
    Date inTenDays = Date.from(LocalDate.now().plusDays(10).atStartOfDay(ZoneId.systemDefault()).toInstant());
    Map<String, Object> needed = new LinkedHashMap<>();
    for (String date : List.of("correctionDeadline", "internshipEvaluationDue", "interviewDeadline",
        "regionalActionDeadline")) {
      needed.put(date, inTenDays);
    }
    needed.put("mentorId", "mentor");
    needed.keySet().removeIf(name -> engine.getRuntimeService().getVariable(instance.getId(), name) != null);
    boolean multi = engine.getRepositoryService().getBpmnModelInstance(instance.getProcessDefinitionId())
        .getModelElementById(activity) instanceof UserTask userTask
        && userTask.getLoopCharacteristics() != null;
    engine.getRuntimeService().createProcessInstanceModification(instance.getId())
        .startBeforeActivity(multi ? activity + "#multiInstanceBody" : activity).setVariables(needed).execute();
    open = task(instance, activity);
    if (open == null) {
      fail(activity + " of " + process + " did not open");
    }
    return open;
  }

  Task task(ProcessInstance instance, String activity) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity)
        .list().stream().findFirst().orElse(null);
  }

  /**
   * Tasks that only make sense after earlier steps have written their records (an open offer, a tie in the votes,
   * two diverging assessments) are reached by those steps; null for every other task.
   */
  ProcessInstance reachedByItsSteps(String activity) {
    try {
      switch (activity) {
        case "Task_RecordReservistAnswer" -> {
          String certificate = appointment.reservist("TURKISTAN", "DIRECTOR", 90);
          ProcessInstance instance = appointment.registerTurkistanDirectorPost();
          appointment.offerToReservist(instance, certificate);
          return instance;
        }
        case "Task_EvaluateInternship" -> {
          ProcessInstance instance = selection.admittedToTraining(TestApplications.eligibleTeacher());
          selection.assignInternship(instance, "mentor", "2026-10-01", "2026-12-15");
          return instance;
        }
        case "Task_ThirdAssessment" -> {
          ProcessInstance instance = selection.admittedToFinalAssessment(TestApplications.eligibleTeacher());
          selection.assess("assessor", instance, 25, 25, 25, 25);
          selection.assess("assessor2", instance, 5, 5, 5, 5);
          selection.runJobs(instance);
          return instance;
        }
        case "Task_OpenVote", "Task_ChairDecidesTie", "Task_AttachRecording" -> {
          String vacancy = competitions.newVacancy(Region.TURKISTAN);
          ProcessInstance instance = competitions.start(vacancy);
          competitions.announce(vacancy);
          competitions.applicationsClose(vacancy);
          competitions.recordApplications(vacancy, List.of(CompetitionDriver.applicant("Ivanova", "Aigerim"),
              CompetitionDriver.applicant("Petrov", "Bakhyt")));
          long first = competitions.candidateId(vacancy, "Ivanova");
          long second = competitions.candidateId(vacancy, "Petrov");
          competitions.checkDocuments(vacancy, Map.of());
          competitions.recordTests(vacancy, Map.of(first, 88.0, second, 80.0));
          competitions.schedule(vacancy, java.util.Set.of(first, second));
          competitions.attendance(vacancy, java.util.Set.of(first, second));
          if (!activity.equals("Task_OpenVote")) {
            competitions.everyoneVotes(vacancy, Map.of(first, "FOR", second,
                activity.equals("Task_ChairDecidesTie") ? "FOR" : "AGAINST"));
          }
          return instance;
        }
        case "Task_SplitIntoStreams", "Task_RecordStreamAttendance", "Task_AssessFinalWork", "Task_RecordFollowUp" -> {
          return trainingCourseAt(activity);
        }
        case "Task_RegisterContestEntries", "Task_AdmitContestEntries", "Task_DeclareConflicts",
            "Task_ScoreContestEntry", "Task_DecideContestTie", "Task_NameContestWinners",
            "Task_ApproveContestProtocol" -> {
          return contestAt(activity);
        }
        default -> {
          return null;
        }
      }
    } finally {
      ClockUtil.reset();
    }
  }

  /** A running instance of the process whose domain records exist, as its earlier steps leave them. */
  ProcessInstance baseInstance(String process) {
    return switch (process) {
      case "ReserveSelection" -> selection.register(TestApplications.eligibleTeacher());
      case "CommissionInterview" -> selection.interview(selection.admittedToInterview(TestApplications.eligibleTeacher()));
      case "DirectorAppointment" -> appointment.registerTurkistanDirectorPost();
      case "HeadDuties" -> appointment.appointedHead();
      case "TrainingCourse" -> trainingCourse();
      case "OpenCompetition" -> {
        String vacancy = competitions.newVacancy(Region.TURKISTAN);
        ProcessInstance instance = competitions.start(vacancy);
        competitions.announce(vacancy);
        yield instance;
      }
      case "TalentPoolNomination" -> nominations.nominateInTurkistan();
      case "RegionalForum" -> regionalForum();
      case "LeadingSchoolContest" -> contestAt("Task_RegisterContestEntries");
      default -> throw new AssertionError("EveryFormAppTest needs a way to start " + process);
    };
  }

  /** Jambyl's contest with three entries, taken step by step up to the activity. */
  ProcessInstance contestAt(String activity) {
    ProcessInstance instance = contest.announce("organiser", kz.edu.leaders.demo.ContestSteps.announcement(
        java.time.LocalDateTime.now().plusDays(5)));
    if (activity.equals("Task_RegisterContestEntries")) {
      return instance;
    }
    contest.register("organiser", instance, List.of(kz.edu.leaders.demo.ContestSteps.entry(1),
        kz.edu.leaders.demo.ContestSteps.entry(2), kz.edu.leaders.demo.ContestSteps.entry(3)), true);
    if (activity.equals("Task_AdmitContestEntries")) {
      return instance;
    }
    contest.admit("organiser", instance, 3, Map.of());
    if (activity.equals("Task_DeclareConflicts")) {
      return instance;
    }
    for (String juror : List.of("juror", "juror2", "juror3", "jurychair")) {
      contest.declareConflicts(juror, instance, Map.of());
    }
    if (activity.equals("Task_ScoreContestEntry")) {
      return instance;
    }
    boolean tie = activity.equals("Task_DecideContestTie");
    for (String juror : List.of("juror", "juror2", "juror3", "jurychair")) {
      for (int entry = 1; entry <= 3; entry++) {
        contest.score(juror, instance, entry, List.of(tie ? 3 : 5 - entry));
      }
    }
    if (activity.equals("Task_DecideContestTie") || activity.equals("Task_NameContestWinners")) {
      return instance;
    }
    contest.nameWinners(instance, "1, 2, 3", List.of(1, 2));
    return instance;
  }

  ProcessInstance trainingCourse() {
    training.registerOrganisations(Region.TURKISTAN, 12);
    ProcessInstance instance = training.plan("regional",
        kz.edu.leaders.demo.TrainingSteps.course("TURKISTAN", 50, LocalDate.now().minusDays(10)));
    training.enrolCsv(instance.getBusinessKey(), kz.edu.leaders.demo.TrainingSteps.headsCsv(1, 12,
        (int) (System.nanoTime() % 500) + 500), "regional");
    return instance;
  }

  /** A Jambyl forum of today and tomorrow with a few participants, its registration open. */
  ProcessInstance regionalForum() {
    ProcessInstance instance = forums.plan("organiser", kz.edu.leaders.demo.ForumSteps.forum("JAMBYL",
        LocalDate.now(), kz.edu.leaders.demo.ForumSteps.programme()));
    forums.registerCsv(instance.getBusinessKey(), kz.edu.leaders.demo.ForumSteps.directorsCsv(1, 5), "organiser");
    return instance;
  }

  /** A course driven by its steps up to the activity: streams, attendance, final work or the follow-up. */
  ProcessInstance trainingCourseAt(String activity) {
    ProcessInstance instance = trainingCourse();
    training.closeEnrolment("regional", instance);
    if (activity.equals("Task_SplitIntoStreams")) {
      return instance;
    }
    LocalDate start = LocalDate.now().minusDays(10);
    training.splitIntoStreams("regional", instance, List.of(List.of(start.toString(), start.plusDays(3).toString(),
        "trainer")));
    if (activity.equals("Task_RecordStreamAttendance")) {
      return instance;
    }
    training.recordDay("trainer", instance, 1, start, "1", true);
    if (activity.equals("Task_AssessFinalWork")) {
      return instance;
    }
    training.assessFinalWork("trainer", instance, 1, "");
    training.runJobs(instance);
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).timers().singleResult().getId());
    return instance;
  }

  /** The assignee, or a person of the task's candidate groups (the last by id: the first are busiest in tests). */
  String userOf(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getUserId() != null) {
          return link.getUserId();
        }
        List<User> members = engine.getIdentityService().createUserQuery().memberOfGroup(link.getGroupId())
            .orderByUserId().desc().list();
        if (!members.isEmpty()) {
          return members.get(0).getId();
        }
      }
    }
    throw new AssertionError("nobody may work on " + task.getTaskDefinitionKey());
  }

  /** A person of a group that may start the process. */
  String starterOf(String process) {
    return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(process).hasPermission(ProcessDefinitionPermissions.CREATE_INSTANCE).list().stream()
        .map(a -> a.getGroupId()).filter(Objects::nonNull).sorted()
        .flatMap(group -> engine.getIdentityService().createUserQuery().memberOfGroup(group).orderByUserId().asc()
            .list().stream().map(User::getId))
        .filter(user -> !Arrays.asList("portal", "testcentre").contains(user))
        .findFirst().orElseThrow(() -> new AssertionError("nobody may start " + process));
  }

  static List<BpmnModelInstance> models() {
    File[] files = new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn"));
    assertThat(files).isNotEmpty();
    return Arrays.stream(files).sorted().map(Bpmn::readModelFromFile).toList();
  }

  static boolean inside(UserTask task, Process process) {
    for (var parent = task.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent == process) {
        return true;
      }
    }
    return false;
  }
}
