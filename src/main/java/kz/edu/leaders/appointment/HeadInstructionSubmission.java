package kz.edu.leaders.appointment;

import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.ModelProperties;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * An escalated task answered by the regional head (or a reminder acknowledged by the district): the
 * instruction goes into the case's audit trail under the element's {@code event} property. On the
 * escalation of the department's inaction the head may also name the officer responsible: the open
 * "Choose how to fill the post" task is then assigned to them.
 */
@Component
public class HeadInstructionSubmission extends FormSubmission<HeadInstructionSubmission.Instruction> {

  static final String RESPONSIBLE = "responsibleOfficer";

  private final VacancyRepository vacancies;
  private final CaseGroups caseGroups;

  public HeadInstructionSubmission(VacancyRepository vacancies, CaseGroups caseGroups) {
    this.vacancies = vacancies;
    this.caseGroups = caseGroups;
  }

  record Instruction(String text, String responsible) {}

  @Override
  protected Instruction read(DelegateExecution execution, Values values) {
    String instruction = values.text("instruction", true, 10, 2000);
    String responsible = values.text(RESPONSIBLE, false, 64);
    if (responsible != null && !caseGroups.members(Groups.REGIONAL_OFFICERS, execution).contains(responsible)) {
      values.error(RESPONSIBLE, "appointment.head.notAnOfficer");
    }
    return new Instruction(instruction, responsible);
  }

  @Override
  protected void record(DelegateExecution execution, Instruction instruction) {
    String number = execution.getProcessBusinessKey();
    String responsible = instruction.responsible();
    vacancies.event(number, ModelProperties.required(execution, "event"),
        instruction.text() + (responsible == null ? "" : " (responsible: " + responsible + ")"),
        CurrentUser.id(execution));
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
