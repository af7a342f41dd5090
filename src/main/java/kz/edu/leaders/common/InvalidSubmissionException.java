package kz.edu.leaders.common;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Thrown when submitted values break a rule. It extends the engine's form validation exception, which the engine
 * REST API answers with 400; the app's error mappers ({@code web/}) find it however deep the engine wrapped it and
 * answer with every field error in the caller's language. The surrounding engine transaction rolls back, so nothing
 * is half-saved.
 */
public class InvalidSubmissionException extends FormFieldValidationException {

  private final List<FieldError> errors;

  public InvalidSubmissionException(List<FieldError> errors) {
    super(errors, errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public InvalidSubmissionException(FieldError error) {
    this(List.of(error));
  }

  public static InvalidSubmissionException of(String field, String code, Object... args) {
    return new InvalidSubmissionException(FieldError.of(field, code, args));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
