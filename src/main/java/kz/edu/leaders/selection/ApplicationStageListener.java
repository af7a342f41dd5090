package kz.edu.leaders.selection;

import kz.edu.leaders.common.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Moves the application record to the stage named by the element's {@code stage} property. */
@Component
public class ApplicationStageListener implements ExecutionListener {

  private final ApplicationRepository applications;

  public ApplicationStageListener(ApplicationRepository applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Stage stage = Stage.valueOf(ModelProperties.required(execution, "stage"));
    applications.moveToStage(execution.getProcessBusinessKey(), stage);
  }
}
