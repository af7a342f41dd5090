package kz.edu.leaders.web;

import java.util.List;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What an exception thrown by the engine amounts to for the caller. The engine wraps what a listener throws (a task
 * listener's refusal arrives inside a ProcessEngineException, and the REST API wraps that again in a
 * RestException with status 500), so the causes are searched for the refusal that started it.
 */
public final class EngineErrors {

  private EngineErrors() {}

  /** The refusal the exception or one of its causes is, or null for a real failure (left as it is: a 500). */
  public static Refusal refusalFor(Throwable thrown) {
    int depth = 0;
    for (Throwable cause = thrown; cause != null && depth < 20; cause = cause.getCause(), depth++) {
      Refusal refusal = refusalOf(cause);
      if (refusal != null) {
        return refusal;
      }
    }
    return null;
  }

  private static Refusal refusalOf(Throwable cause) {
    if (cause instanceof Refusal refusal) {
      return refusal;
    }
    if (cause instanceof InvalidSubmissionException invalid) {
      return Refusal.invalid(invalid.errors());
    }
    if (cause instanceof AuthorizationException) {
      return Refusal.of(403, "request.forbidden");
    }
    if (cause instanceof TaskAlreadyClaimedException claimed) {
      return Refusal.of(409, "task.alreadyClaimed", claimed.getTaskAssignee());
    }
    if (cause instanceof OptimisticLockingException) {
      return Refusal.of(409, "request.concurrentChange");
    }
    if (cause instanceof FormFieldValidationException invalid) {
      return Refusal.invalid(List.of(FieldError.of("form", "request.engineRefused", invalid.getMessage())));
    }
    if (cause instanceof NotFoundException) {
      return Refusal.of(404, "request.engineNotFound", cause.getMessage());
    }
    if (cause instanceof BadUserRequestException) {
      return Refusal.of(400, "request.engineRefused", cause.getMessage());
    }
    return null;
  }
}
