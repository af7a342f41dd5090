package kz.edu.leaders.selection;

import kz.edu.leaders.demo.SelectionSteps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.selection.ApplicationRepository.ApplicationState;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Drives ReserveSelection the way its users do, so the tests read like the process. */
@Component
@Profile("demo") // drives cases with the demo steps
public class SelectionDriver {

  private final ProcessEngine engine;
  private final SelectionSteps steps;
  private final ApplicationRepository applications;

  public SelectionDriver(ProcessEngine engine, SelectionSteps steps, ApplicationRepository applications) {
    this.engine = engine;
    this.steps = steps;
    this.applications = applications;
  }

  /** An operator submits the start form in Tasklist (any operator may register an application of any region). */
  public ProcessInstance register(Map<String, Object> application) {
    return steps.register("operator", application);
  }

  public Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  /** The user claims the instance's open task if it is free and submits its form. */
  public void completeAs(String user, ProcessInstance instance, Map<String, Object> values) {
    steps.complete(user, instance, values);
  }

  /** Turkistan's operator checks the documents: the test applications are from Turkistan region. */
  public void checkDocuments(ProcessInstance instance, String decision, String reason) {
    Map<String, Object> values = new HashMap<>(Map.of("documentDecision", decision));
    if (reason != null) {
      values.put("documentDecisionReason", reason);
    }
    completeAs("operator", instance, values);
  }

  public TestResultReport deliverTestResult(String iin, double legislation, double management, double pedagogy,
                                            double leadership) {
    return steps.testResult(iin, legislation, management, pedagogy, leadership);
  }

  public void deadlinePasses(ProcessInstance instance) {
    steps.deadlinePasses(instance);
  }

  public void runJobs(ProcessInstance root) {
    steps.runJobs(root);
  }

  /** An application that passed documents and test, waiting for the coordinator. */
  public ProcessInstance admittedToTraining(Map<String, Object> application) {
    ProcessInstance instance = register(application);
    checkDocuments(instance, "accept", null);
    deliverTestResult((String) application.get("iin"), 85, 80, 75, 90);
    return instance;
  }

  public void assignInternship(ProcessInstance instance, String mentor, String start, String end) {
    completeAs("coordinator", instance, Map.of("basicModuleCompleted", true, "basicModuleCompletedOn", "2026-09-30",
        "leadingSchool", "NIS Turkistan", "mentorId", mentor, "internshipStart", start, "internshipEnd", end));
  }

  public void evaluateInternship(String mentor, ProcessInstance instance, int... scores) {
    Map<String, Object> values = new HashMap<>();
    int i = 0;
    for (String criterion : InternshipRubric.CRITERIA) {
      values.put(criterion, scores[i++]);
    }
    values.put("mentorRecommendation", "Led the school's methodical council with confidence.");
    completeAs(mentor, instance, values);
  }

  /** An application whose internship passed, waiting for its two assessors. */
  public ProcessInstance admittedToFinalAssessment(Map<String, Object> application) {
    ProcessInstance instance = admittedToTraining(application);
    assignInternship(instance, "mentor", "2026-10-01", "2026-12-15");
    evaluateInternship("mentor", instance, 4, 4, 4, 4, 4);
    return instance;
  }

  /** An assessor takes an open assessment of the report and scores it (four criteria, 0-25 each). */
  public void assess(String assessor, ProcessInstance instance, int analysis, int impact, int evidence,
                     int reflection) {
    Task task = claimAssessment(assessor, instance);
    steps.as(assessor, () -> {
      engine.getFormService().submitTaskForm(task.getId(), Map.of("reportAnalysis", analysis, "reportImpact", impact,
          "reportEvidence", evidence, "reportReflection", reflection,
          "assessmentComment", "Clear analysis, convincing evidence of change in the school."));
      return null;
    });
  }

  /** The assessor's own copy of the assessment, or a free one, claimed. */
  public Task claimAssessment(String assessor, ProcessInstance instance) {
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKeyIn("Task_AssessReport", "Task_ThirdAssessment").list();
    Task mine = open.stream().filter(t -> assessor.equals(t.getAssignee())).findFirst()
        .orElseGet(() -> open.stream().filter(t -> t.getAssignee() == null).findFirst().orElseThrow());
    if (mine.getAssignee() == null) {
      steps.as(assessor, () -> {
        engine.getTaskService().claim(mine.getId(), assessor);
        return null;
      });
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

  /** The running CommissionInterview called by the selection instance. */
  public ProcessInstance interview(ProcessInstance selection) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(selection.getId())
        .singleResult();
  }

  /** A commission member scores the four interview criteria (1-10) in their own task. */
  public void score(String member, ProcessInstance interview, int vision, int competence, int communication,
                    int motivation) {
    answer(member, interview, Map.of("conflictOfInterest", false, "interviewVision", vision,
        "interviewCompetence", competence, "interviewCommunication", communication, "interviewMotivation", motivation));
  }

  public void recuse(String member, ProcessInstance interview, String reason) {
    answer(member, interview, Map.of("conflictOfInterest", true, "conflictReason", reason));
  }

  /** The member answers their task; what follows asynchronously in the selection then runs. */
  public void answer(String member, ProcessInstance interview, Map<String, Object> values) {
    steps.complete(member, interview, values);
    String selection = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(interview.getId()).singleResult().getSuperProcessInstanceId();
    ProcessInstance stillRunning =
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(selection).singleResult();
    if (stillRunning != null) {
      runJobs(stillRunning);
    }
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
