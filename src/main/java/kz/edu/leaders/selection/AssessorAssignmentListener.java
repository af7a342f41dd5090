package kz.edu.leaders.selection;

import kz.edu.leaders.common.InvalidSubmissionException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * One person cannot take two assessments of the same report: claiming a second copy, or the third
 * assessment after one of the first two, is refused.
 */
@Component
public class AssessorAssignmentListener implements TaskListener {

  private final ReportAssessmentRepository assessments;

  public AssessorAssignmentListener(ReportAssessmentRepository assessments) {
    this.assessments = assessments;
  }

  @Override
  public void notify(DelegateTask task) {
    String assessor = task.getAssignee();
    if (assessor == null) {
      return;
    }
    String number = task.getExecution().getProcessBusinessKey();
    long otherCopies = task.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(task.getProcessInstanceId()).taskAssignee(assessor)
        .taskDefinitionKeyIn("Task_AssessReport", "Task_ThirdAssessment").list().stream()
        .filter(other -> !other.getId().equals(task.getId())).count();
    if (otherCopies > 0 || assessments.hasAssessed(number, assessor)) {
      throw InvalidSubmissionException.of("assignee", "selection.assessment.differentAssessor", assessor, number);
    }
  }
}
