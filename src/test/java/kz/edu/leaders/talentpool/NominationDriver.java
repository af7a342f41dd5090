package kz.edu.leaders.talentpool;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import kz.edu.leaders.demo.SelectionSteps;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Drives TalentPoolNomination the way its users do (logged in, claiming, submitting forms). */
@Component
@Profile("demo") // logs in with the demo steps
public class NominationDriver {

  private final ProcessEngine engine;
  private final SelectionSteps steps;
  private final TalentPoolRepository pool;

  public NominationDriver(ProcessEngine engine, SelectionSteps steps, TalentPoolRepository pool) {
    this.engine = engine;
    this.steps = steps;
    this.pool = pool;
  }

  /** The start form as a district officer fills it for a deputy director of a Turkistan school. */
  public static Map<String, Object> nominee(String region) {
    return nominee(region, TestApplications.randomIin());
  }

  public static Map<String, Object> nominee(String region, String iin) {
    Map<String, Object> values = new HashMap<>();
    values.put("iin", iin);
    values.put("surname", "Жақсыбекова");
    values.put("firstName", "Динара");
    values.put("phone", "+77017654321");
    values.put("currentPost", "Директордың оқу ісі жөніндегі орынбасары / Заместитель директора по учебной работе");
    values.put("organisation", "School-lyceum No. 7, Turkistan");
    values.put("region", region);
    values.put("experienceYears", 12);
    values.put("courses", "School management: aspects and methods of management, certificate TC-2024-1A2B3C");
    values.put("grounds", "Completed the regional course for heads with a development plan graded excellent.");
    return values;
  }

  public ProcessInstance nominate(String user, Map<String, Object> values) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(TalentPoolNomination.PROCESS_KEY).latestVersion().singleResult().getId();
    return steps.as(user, () -> engine.getFormService().submitStartForm(definition, values));
  }

  public ProcessInstance nominateInTurkistan() {
    return nominate("district", nominee("TURKISTAN"));
  }

  public void approve(ProcessInstance instance, String from, String until) {
    Map<String, Object> values = new HashMap<>();
    values.put("poolDecision", "APPROVED");
    values.put("termFrom", from);
    if (until != null) {
      values.put("termUntil", until);
    }
    review("regional", instance, values);
  }

  public void approveFromToday(ProcessInstance instance) {
    approve(instance, LocalDate.now().toString(), null);
  }

  public void decline(ProcessInstance instance, String reason) {
    review("regional", instance, Map.of("poolDecision", "DECLINED", "declineReason", reason));
  }

  /** The user claims the review (theirs or still free) and submits its form. */
  public void review(String user, ProcessInstance instance, Map<String, Object> values) {
    steps.as(user, () -> {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey("Task_ReviewNomination").singleResult();
      if (task == null) {
        throw new IllegalStateException(user + " sees no review of " + instance.getBusinessKey());
      }
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  /** The review as the user sees it in Tasklist (null when the user may not see it). */
  public Task visibleReview(String user, ProcessInstance instance) {
    return steps.as(user, () -> engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_ReviewNomination").singleResult());
  }

  public TalentPoolRepository.Nomination record(ProcessInstance instance) {
    return pool.getNomination(instance.getBusinessKey());
  }

  /** A Turkistan pool member, nominated and approved through the process; their entry number. */
  public String poolMember(String region) {
    ProcessInstance instance = nominate(region.equals("TURKISTAN") ? "district" : "district2", nominee(region));
    review(region.equals("TURKISTAN") ? "regional" : "regional2", instance,
        Map.of("poolDecision", "APPROVED", "termFrom", LocalDate.now().minusDays(1).toString()));
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("poolEntryNumber").singleResult().getValue();
  }
}
