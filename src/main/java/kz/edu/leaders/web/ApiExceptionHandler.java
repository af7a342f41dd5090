package kz.edu.leaders.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import kz.edu.leaders.common.ApiCaller;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Language;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the app's own API as JSON ({@link ErrorBody}) in the caller's language: what is wrong, field by
 * field, never a stack trace. The engine may wrap what a listener threw; the causes are searched.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  @ExceptionHandler(InvalidSubmissionException.class)
  ResponseEntity<ErrorBody> invalid(InvalidSubmissionException e, HttpServletRequest request) {
    return answer(Refusal.invalid(e.errors()), request);
  }

  @ExceptionHandler(Refusal.class)
  ResponseEntity<ErrorBody> refused(Refusal e, HttpServletRequest request) {
    return answer(e, request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    if (BodyLimit.exceeded(e)) {
      return answer(BodyLimit.refusal(request), request);
    }
    return answer(Refusal.invalid(List.of(FieldError.of("body", "request.unreadableJson"))), request);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ErrorBody> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
    return answer(Refusal.invalid(List.of(FieldError.of(e.getParameterName(), "value.required"))), request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ErrorBody> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    String code = Number.class.isAssignableFrom(wrapper(e.getRequiredType())) ? "value.notWholeNumber" : "value.invalid";
    return answer(Refusal.invalid(List.of(FieldError.of(e.getName(), code))), request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ErrorBody> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return answer(Refusal.of(415, "request.unsupportedMediaType"), request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ErrorBody> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return answer(Refusal.of(405, "request.methodNotAllowed", e.getMethod()), request);
  }

  @ExceptionHandler({ApiCaller.ForbiddenException.class, AuthorizationException.class})
  ResponseEntity<ErrorBody> forbidden(RuntimeException e, HttpServletRequest request) {
    return answer(Refusal.of(403, "request.forbidden"), request);
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ErrorBody> conflict(OptimisticLockingException e, HttpServletRequest request) {
    return answer(Refusal.of(409, "request.concurrentChange"), request);
  }

  /** An engine exception that carries one of ours (a listener's refusal) is that refusal. */
  @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
  ResponseEntity<ErrorBody> engine(org.camunda.bpm.engine.ProcessEngineException e, HttpServletRequest request) {
    Refusal refusal = EngineErrors.refusalFor(e);
    if (refusal == null) {
      throw e;
    }
    return answer(refusal, request);
  }

  private static ResponseEntity<ErrorBody> answer(Refusal refusal, HttpServletRequest request) {
    return ResponseEntity.status(HttpStatus.valueOf(refusal.status()))
        .body(refusal.body(Language.of(request), FieldLabels.NONE));
  }

  private static Class<?> wrapper(Class<?> type) {
    if (type == null) {
      return Object.class;
    }
    return type == int.class || type == long.class ? Number.class : type;
  }
}
