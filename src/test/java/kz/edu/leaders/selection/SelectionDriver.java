package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.selection.ApplicationRepository.ApplicationState;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Drives ReserveSelection the way its users do, so the tests read like the process. */
@Component
public class SelectionDriver {

  private final ProcessEngine engine;
  private final TestResultImport testResults;
  private final ApplicationRepository applications;

  public SelectionDriver(ProcessEngine engine, TestResultImport testResults, ApplicationRepository applications) {
    this.engine = engine;
    this.testResults = testResults;
    this.applications = applications;
  }

  /** An operator submits the start form in Tasklist. */
  public ProcessInstance register(Map<String, Object> application) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ReserveSelection.PROCESS_KEY).latestVersion().singleResult().getId();
    return engine.getFormService().submitStartForm(definitionId, application);
  }

  public Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  /** Completes the instance's open task as a CPE operator, through the form service like Tasklist does. */
  public void completeAs(String userId, ProcessInstance instance, Map<String, Object> values) {
    completeAs(userId, "cpe-operators", instance, values);
  }

  /** Claims the open task if nobody has it, then submits its form, as the given user of the given group. */
  public void completeAs(String userId, String group, ProcessInstance instance, Map<String, Object> values) {
    Task task = task(instance);
    engine.getIdentityService().setAuthentication(userId, List.of(group));
    try {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), userId);
      }
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** An application that passed documents and test, waiting for the coordinator. */
  public ProcessInstance admittedToTraining(Map<String, Object> application) {
    ProcessInstance instance = register(application);
    checkDocuments(instance, "accept", null);
    deliverTestResult((String) application.get("iin"), 85, 80, 75, 90);
    return instance;
  }

  public void assignInternship(ProcessInstance instance, String mentor, String start, String end) {
    completeAs("coordinator", "cpe-coordinators", instance, Map.of("basicModuleCompleted", true,
        "basicModuleCompletedOn", "2026-09-30", "leadingSchool", "NIS Turkistan", "mentorId", mentor,
        "internshipStart", start, "internshipEnd", end));
  }

  /** An application whose internship passed, waiting for its two assessors. */
  public ProcessInstance admittedToFinalAssessment(Map<String, Object> application) {
    ProcessInstance instance = admittedToTraining(application);
    assignInternship(instance, "mentor", "2026-10-01", "2026-12-15");
    evaluateInternship("mentor", instance, 4, 4, 4, 4, 4);
    return instance;
  }

  /** An assessor takes an open assessment of the report and scores it (four criteria, 0-25 each). */
  public void assess(String assessor, ProcessInstance instance, int analysis, int impact, int evidence, int reflection) {
    Task task = claimAssessment(assessor, instance);
    engine.getIdentityService().setAuthentication(assessor, List.of("cpe-assessors"));
    try {
      engine.getFormService().submitTaskForm(task.getId(), Map.of("reportAnalysis", analysis, "reportImpact", impact,
          "reportEvidence", evidence, "reportReflection", reflection,
          "assessmentComment", "Clear analysis, convincing evidence of change in the school."));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public Task claimAssessment(String assessor, ProcessInstance instance) {
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKeyIn("Task_AssessReport", "Task_ThirdAssessment").list();
    Task mine = open.stream().filter(t -> assessor.equals(t.getAssignee())).findFirst()
        .orElseGet(() -> open.stream().filter(t -> t.getAssignee() == null).findFirst().orElseThrow());
    if (mine.getAssignee() == null) {
      engine.getIdentityService().setAuthentication(assessor, List.of("cpe-assessors"));
      try {
        engine.getTaskService().claim(mine.getId(), assessor);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }
    return mine;
  }

  /** An application that passed every stage before the Republican commission. */
  public ProcessInstance admittedToInterview(Map<String, Object> application) {
    ProcessInstance instance = admittedToFinalAssessment(application);
    assess("assessor", instance, 20, 20, 20, 15);
    assess("assessor2", instance, 18, 20, 17, 15);
    runJobs(instance);
    return instance;
  }

  /** Runs the asynchronous continuations (not timers) of the instance and the processes it called. */
  public void runJobs(ProcessInstance root) {
    var management = engine.getManagementService();
    while (true) {
      List<String> instances = new java.util.ArrayList<>(List.of(root.getId()));
      engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(root.getId()).list()
          .forEach(child -> instances.add(child.getId()));
      List<org.camunda.bpm.engine.runtime.Job> jobs = instances.stream()
          .flatMap(id -> management.createJobQuery().processInstanceId(id).messages().list().stream()).toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  /** The running CommissionInterview called by the selection instance. */
  public ProcessInstance interview(ProcessInstance selection) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(selection.getId())
        .singleResult();
  }

  /** A commission member scores the four interview criteria (1-10) in their own task. */
  public void score(String member, ProcessInstance interview, int vision, int competence, int communication, int motivation) {
    answer(member, interview, Map.of("conflictOfInterest", false, "interviewVision", vision,
        "interviewCompetence", competence, "interviewCommunication", communication, "interviewMotivation", motivation));
  }

  public void recuse(String member, ProcessInstance interview, String reason) {
    answer(member, interview, Map.of("conflictOfInterest", true, "conflictReason", reason));
  }

  public void answer(String member, ProcessInstance interview, Map<String, Object> values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(interview.getId()).taskAssignee(member)
        .singleResult();
    engine.getIdentityService().setAuthentication(member, List.of("republican-commission"));
    try {
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    String selection = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(interview.getId()).singleResult().getSuperProcessInstanceId();
    ProcessInstance stillRunning =
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(selection).singleResult();
    if (stillRunning != null) {
      runJobs(stillRunning);
    }
  }

  public void evaluateInternship(String mentor, ProcessInstance instance, int... scores) {
    Map<String, Object> values = new java.util.HashMap<>();
    int i = 0;
    for (String criterion : InternshipRubric.CRITERIA.keySet()) {
      values.put(criterion, scores[i++]);
    }
    values.put("mentorRecommendation", "Led the school's methodical council with confidence.");
    completeAs(mentor, "mentors", instance, values);
  }

  public void checkDocuments(ProcessInstance instance, String decision, String reason) {
    completeAs("operator", instance, reason == null
        ? Map.of("documentDecision", decision)
        : Map.of("documentDecision", decision, "documentDecisionReason", reason));
  }

  public TestResultReport deliverTestResult(String iin, double legislation, double management, double pedagogy,
                                     double leadership) {
    return testResults.importBatch(2026, List.of(new TestResultRow(1, iin, Map.of("legislation", legislation,
        "management", management, "pedagogy", pedagogy, "leadership", leadership))));
  }

  /** Lets the instance's only timer fire, as if its deadline had passed. */
  public void deadlinePasses(ProcessInstance instance) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .singleResult();
    assertThat(timer).as("a waiting timer").isNotNull();
    engine.getManagementService().executeJob(timer.getId());
  }

  public ApplicationState record(ProcessInstance instance) {
    String number = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getBusinessKey();
    return applications.state(number).orElseThrow();
  }

  public List<ApplicationRepository.Decision> decisions(ProcessInstance instance) {
    return applications.decisions(record(instance).number());
  }
}
