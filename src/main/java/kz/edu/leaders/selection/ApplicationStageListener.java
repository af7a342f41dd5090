package kz.edu.leaders.selection;

import kz.edu.leaders.common.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Moves the application record to the stage named by the element's {@code stage} property, and tells the candidate. */
@Component
public class ApplicationStageListener implements ExecutionListener {

  private final ApplicationRepository applications;
  private final CandidateNotices notices;

  public ApplicationStageListener(ApplicationRepository applications, CandidateNotices notices) {
    this.applications = applications;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Stage stage = Stage.valueOf(ModelProperties.required(execution, "stage"));
    applications.moveToStage(execution.getProcessBusinessKey(), stage);
    // The document check follows registration (told already) and a correction (told on its own); the other
    // stages are reached by passing the one before, which is what the candidate learns here.
    if (stage != Stage.DOCUMENT_CHECK && stage != Stage.DOCUMENT_CORRECTION) {
      notices.stageReached(execution.getProcessBusinessKey(), stage);
    }
  }
}
