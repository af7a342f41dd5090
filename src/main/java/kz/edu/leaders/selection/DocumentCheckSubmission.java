package kz.edu.leaders.selection;

import static kz.edu.leaders.selection.SelectionVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Checks the operator's decision on "Check documents" when the task completes (the form's rules, again,
 * for submissions that bypass the form) and records it with who and when. Documents may be returned
 * for correction only once.
 */
@Component("documentCheckSubmission")
public class DocumentCheckSubmission implements ExecutionListener {

  static final List<String> DECISIONS = List.of("accept", "return", "reject");
  static final int MIN_REASON = 5;
  static final int MAX_REASON = 1000;

  private final ApplicationRepository applications;

  public DocumentCheckSubmission(ApplicationRepository applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    Values values = new Values(Map.of(
        DOCUMENT_DECISION, nullToEmpty(execution.getVariable(DOCUMENT_DECISION)),
        DOCUMENT_DECISION_REASON, nullToEmpty(execution.getVariable(DOCUMENT_DECISION_REASON))), errors);
    String decision = values.text(DOCUMENT_DECISION, true, 64);
    if (decision != null && !DECISIONS.contains(decision)) {
      errors.add(new FieldError(DOCUMENT_DECISION, "must be one of " + DECISIONS));
    }
    boolean needsReason = "return".equals(decision) || "reject".equals(decision);
    String reason = values.text(DOCUMENT_DECISION_REASON, needsReason, MAX_REASON);
    if (needsReason && reason != null && reason.length() < MIN_REASON) {
      errors.add(new FieldError(DOCUMENT_DECISION_REASON, "must be at least " + MIN_REASON + " characters"));
    }
    // The record says whether documents were returned before; a submitted variable could lie.
    if ("return".equals(decision) && applications.decisions(execution.getProcessBusinessKey()).stream()
        .anyMatch(d -> d.stage() == Stage.DOCUMENT_CHECK && "return".equals(d.decision()))) {
      errors.add(new FieldError(DOCUMENT_DECISION,
          "documents were already returned once; accept or reject them now"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    execution.setVariable(DOCUMENT_DECISION, decision);
    execution.setVariable(DOCUMENT_DECISION_REASON, needsReason ? reason : null);
    applications.recordDecision(execution.getProcessBusinessKey(), Stage.DOCUMENT_CHECK, decision,
        needsReason ? reason : null, CurrentUser.id(execution));
  }

  private static Object nullToEmpty(Object value) {
    return value == null ? "" : value;
  }
}
