package kz.edu.leaders.common;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Thrown when submitted values break a rule. It extends the engine's form validation exception so that
 * the engine REST API and Tasklist answer 400 with this message instead of 500; the surrounding engine
 * transaction rolls back, so nothing is half-saved.
 */
public class InvalidSubmissionException extends FormFieldValidationException {

  private final List<FieldError> errors;

  public InvalidSubmissionException(List<FieldError> errors) {
    super(errors, errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public InvalidSubmissionException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
