package kz.edu.leaders.web;

import java.util.Arrays;
import java.util.List;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.Texts;
import kz.edu.leaders.common.Language;

/**
 * A request the app refuses before any work is done, with its HTTP status and what to tell the caller: a message
 * code of {@code messages/texts} and, for invalid values, the field errors.
 */
public class Refusal extends RuntimeException {

  private final int status;
  private final String code;
  private final List<String> args;
  private final List<FieldError> fields;

  public Refusal(int status, String code, List<FieldError> fields, Object... args) {
    super(Texts.render(code, Arrays.stream(args).map(String::valueOf).toList(), Language.EN));
    this.status = status;
    this.code = code;
    this.args = Arrays.stream(args).map(String::valueOf).toList();
    this.fields = List.copyOf(fields);
  }

  public static Refusal of(int status, String code, Object... args) {
    return new Refusal(status, code, List.of(), args);
  }

  /** Values the process's own rules refuse. */
  public static Refusal invalid(List<FieldError> fields) {
    return new Refusal(400, "request.invalid", fields);
  }

  /** A submission that does not match its task's form (unknown variables, changed display-only fields, ...). */
  public static Refusal notAsTheFormAsks(List<FieldError> fields) {
    return new Refusal(400, "submission.invalid", fields);
  }

  public int status() {
    return status;
  }

  public ErrorBody body(Language language, FieldLabels labels) {
    return ErrorBody.of(code, args, fields, language, labels);
  }
}
