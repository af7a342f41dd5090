package kz.edu.leaders.web;

import java.util.List;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Texts;

/**
 * What every refusal of the app answers, from its own API and from the engine's: a stable {@code code} for
 * machines, a {@code message} for people in the caller's language (Tasklist shows it as the notification), and
 * the fields at fault. {@code type} keeps the engine REST API's field of that name; {@code error} is the message
 * again, under the name the app's API used before.
 */
public record ErrorBody(String type, String code, String message, String error, List<Field> fields) {

  /** One field at fault: its name (rows of a list as {@code candidates[2].iin}), the label shown, the reason. */
  public record Field(String field, String label, String code, String message) {}

  static ErrorBody of(String code, List<String> args, List<FieldError> errors, Language language,
                      FieldLabels labels) {
    List<Field> fields = errors.stream().map(e -> new Field(e.field(), labels.labelOf(e.field()), e.code(),
        e.message(language))).toList();
    String summary = Texts.render(code, args, language);
    if (!fields.isEmpty()) {
      summary = summary + " " + String.join("; ", fields.stream()
          .map(f -> (f.label() != null ? f.label() : f.field()) + ": " + f.message()).toList());
    }
    return new ErrorBody(typeOf(code), code, summary, summary, fields);
  }

  private static String typeOf(String code) {
    return code.equals("request.invalid") || code.equals("submission.invalid") ? "InvalidSubmission" : "Refusal";
  }
}
