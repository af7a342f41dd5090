package kz.edu.leaders.common;

import java.util.Arrays;
import java.util.List;

/**
 * One refused value: the field it belongs to and what is wrong, as a message code of {@link Texts} with its
 * arguments, so each reader gets it in their language; {@link #toString()} is the English text, for logs and tests.
 */
public record FieldError(String field, String code, List<String> args) {

  public FieldError {
    args = List.copyOf(args);
  }

  public static FieldError of(String field, String code, Object... args) {
    return new FieldError(field, code, Arrays.stream(args).map(String::valueOf).toList());
  }

  /** The same error for a field further down: a row of a list, say ({@code candidates[2].iin}). */
  public FieldError under(String prefix) {
    return new FieldError(field == null ? prefix : prefix + "." + field, code, args);
  }

  public String message(Language language) {
    return Texts.render(code, args, language);
  }

  public String message() {
    return message(Language.EN);
  }

  @Override
  public String toString() {
    return field + ": " + message();
  }
}
