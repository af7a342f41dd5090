package kz.edu.leaders.support;

import java.util.List;
import java.util.Map;

/** The field errors of a refusal's body ({@code web/ErrorBody}) as "field: message" lines. */
public final class ErrorFields {

  private ErrorFields() {}

  @SuppressWarnings("unchecked")
  public static List<String> of(Map<String, Object> body) {
    List<Map<String, Object>> fields = (List<Map<String, Object>>) body.get("fields");
    return fields == null ? List.of() : fields.stream().map(f -> f.get("field") + ": " + f.get("message")).toList();
  }
}
