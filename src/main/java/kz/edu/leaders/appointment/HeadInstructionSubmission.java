package kz.edu.leaders.appointment;

import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.ModelProperties;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * An escalated task answered by the regional head (or a reminder acknowledged by the district): the
 * instruction goes into the case's audit trail under the element's {@code event} property. On the
 * escalation of the department's inaction the head may also name the officer responsible: the open
 * "Choose how to fill the post" task is then assigned to them.
 */
@Component("headInstruction")
public class HeadInstructionSubmission implements ExecutionListener {

  static final String RESPONSIBLE = "responsibleOfficer";

  private final VacancyRepository vacancies;
  private final CaseGroups caseGroups;

  public HeadInstructionSubmission(VacancyRepository vacancies, CaseGroups caseGroups) {
    this.vacancies = vacancies;
    this.caseGroups = caseGroups;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    Values values = new Values(execution.getVariables(), errors);
    String instruction = values.text("instruction", true, 2000);
    if (instruction != null && instruction.length() < 10) {
      errors.add(new FieldError("instruction", "must be at least 10 characters"));
    }
    String responsible = values.text(RESPONSIBLE, false, 64);
    if (responsible != null && !caseGroups.members(Groups.REGIONAL_OFFICERS, execution).contains(responsible)) {
      errors.add(new FieldError(RESPONSIBLE, "must be an officer of the vacancy's regional department"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    String number = execution.getProcessBusinessKey();
    vacancies.event(number, ModelProperties.required(execution, "event"),
        instruction + (responsible == null ? "" : " (responsible: " + responsible + ")"), CurrentUser.id(execution));
    if (responsible != null) {
      // The head may not work the officers' task, but may hand it to one of them: the engine does it.
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      Context.getCommandContext().runWithoutAuthorization(() -> {
        for (Task open : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey("Task_ChoosePath").list()) {
          tasks.setAssignee(open.getId(), responsible);
        }
        return null;
      });
    }
    execution.removeVariable("instruction");
    execution.removeVariable(RESPONSIBLE);
  }
}
