package kz.edu.leaders.common;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the app's own API as JSON: what is wrong, field by field, never a stack trace. */
@RestControllerAdvice
public class ApiExceptionHandler {

  @ExceptionHandler(InvalidSubmissionException.class)
  ResponseEntity<ApiError> invalid(InvalidSubmissionException e) {
    return ResponseEntity.badRequest().body(new ApiError("invalid request", e.errors()));
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
      MethodArgumentTypeMismatchException.class})
  ResponseEntity<ApiError> unreadable(Exception e) {
    String detail = e instanceof HttpMessageNotReadableException
        ? "the body is not valid JSON of the expected shape" : e.getMessage();
    return ResponseEntity.badRequest().body(new ApiError("invalid request", List.of(new FieldError("body", detail))));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .body(new ApiError("unsupported content type; send application/json or text/csv", List.of()));
  }

  @ExceptionHandler({ApiCaller.ForbiddenException.class, AuthorizationException.class})
  ResponseEntity<ApiError> forbidden(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError("forbidden: " + e.getMessage(), List.of()));
  }

  public record ApiError(String error, List<FieldError> fields) {}
}
