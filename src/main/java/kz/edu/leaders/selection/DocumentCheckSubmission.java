package kz.edu.leaders.selection;

import static kz.edu.leaders.selection.SelectionVariables.*;

import java.util.List;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The operator's decision on "Check documents", recorded with who and when. Documents may be returned for
 * correction only once.
 */
@Component("documentCheckSubmission")
public class DocumentCheckSubmission extends FormSubmission<DocumentCheckSubmission.Decision> {

  static final List<String> DECISIONS = List.of("accept", "return", "reject");
  static final int MIN_REASON = 5;
  static final int MAX_REASON = 1000;

  private final ApplicationRepository applications;

  public DocumentCheckSubmission(ApplicationRepository applications) {
    this.applications = applications;
  }

  record Decision(String decision, String reason) {}

  @Override
  protected Decision read(DelegateExecution execution, Values values) {
    String decision = values.choice(DOCUMENT_DECISION, DECISIONS);
    boolean needsReason = "return".equals(decision) || "reject".equals(decision);
    String reason = needsReason ? values.text(DOCUMENT_DECISION_REASON, true, MIN_REASON, MAX_REASON) : null;
    // The record says whether documents were returned before; a submitted variable could lie.
    if ("return".equals(decision) && applications.decisions(execution.getProcessBusinessKey()).stream()
        .anyMatch(d -> d.stage() == Stage.DOCUMENT_CHECK && "return".equals(d.decision()))) {
      values.error(DOCUMENT_DECISION, "selection.documents.returnedOnce");
    }
    return new Decision(decision, reason);
  }

  @Override
  protected void record(DelegateExecution execution, Decision submission) {
    execution.setVariable(DOCUMENT_DECISION, submission.decision());
    execution.setVariable(DOCUMENT_DECISION_REASON, submission.reason());
    applications.recordDecision(execution.getProcessBusinessKey(), Stage.DOCUMENT_CHECK, submission.decision(),
        submission.reason(), CurrentUser.id(execution));
  }
}
