package kz.edu.leaders.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.submission.FormSchema.Field;
import kz.edu.leaders.submission.FormSchema.FieldList;
import kz.edu.leaders.submission.FormSchema.Kind;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Whether a submission writes only what its form lets a person write: every variable is an editable field's key or
 * a dynamic list's path, a display-only field comes back only as it was shown, and every value keeps the rules the
 * form declares (type, required unless hidden, min and max, lengths, pattern, the choices offered). The process's own
 * rules (a task's {@code FormSubmission}) run after this, in the engine.
 *
 * <p>Submitted variables are the engine REST API's {@code {"value", "type", "valueInfo"}} objects, as Tasklist and
 * REST clients send them.
 */
public final class SubmissionCheck {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,18}([.]\\d{1,18})?");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?\\d{7,15}");
  /** Variable types a form's value may have; anything else (Object, Bytes, File, Xml) never comes from a form. */
  private static final Set<String> PLAIN_TYPES = Set.of("String", "Integer", "Long", "Short", "Double", "Boolean",
      "Null", "Date");
  private static final Set<String> LIST_TYPES = Set.of("Json", "Object", "String");

  private final FormSchema form;
  private final Map<String, Object> current;
  private final List<FieldError> errors = new ArrayList<>();

  private SubmissionCheck(FormSchema form, Map<String, Object> current) {
    this.form = form;
    this.current = current;
  }

  /**
   * The errors of a submission, none when it may be written.
   *
   * @param current the variables the task's form was shown with (empty for a start form)
   * @param submitted the submitted variables by name
   */
  public static List<FieldError> check(FormSchema form, Map<String, Object> current, Map<String, JsonNode> submitted) {
    SubmissionCheck check = new SubmissionCheck(form, current);
    check.run(submitted);
    return check.errors;
  }

  private void run(Map<String, JsonNode> submitted) {
    Map<String, JsonNode> values = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : submitted.entrySet()) {
      String name = entry.getKey();
      if (form.fields().containsKey(name)) {
        JsonNode value = plainValue(name, entry.getValue());
        if (value != null) {
          values.put(name, value);
        }
      } else if (form.lists().containsKey(name)) {
        JsonNode rows = rows(name, entry.getValue());
        if (rows != null) {
          values.put(name, rows);
        }
      } else {
        error(name, "submission.unknownVariable");
      }
    }
    Map<String, Object> context = context(values);
    for (Field field : form.fields().values()) {
      if (submitted.containsKey(field.key()) && !values.containsKey(field.key())) {
        continue;
      }
      checkField(field.key(), field, values.containsKey(field.key()), values.get(field.key()),
          shown(current.get(field.key())), context);
    }
    for (FieldList list : form.lists().values()) {
      if (values.containsKey(list.path())) {
        checkRows(list, (ArrayNode) values.get(list.path()), context);
      }
    }
  }

  /** The value of a {@code {"value", "type"}} object, or null with an error when its type is not a form's. */
  private JsonNode plainValue(String name, JsonNode dto) {
    if (dto == null || !dto.isObject()) {
      error(name, "submission.notAVariable");
      return null;
    }
    String type = dto.path("type").isTextual() ? dto.get("type").asText() : null;
    if (type != null && !PLAIN_TYPES.contains(type)) {
      error(name, "submission.typeNotAccepted", type);
      return null;
    }
    JsonNode value = dto.get("value");
    if (value != null && (value.isObject() || value.isArray())) {
      error(name, "submission.typeNotAccepted", value.isArray() ? "list" : "object");
      return null;
    }
    return value == null ? NullNode.getInstance() : value;
  }

  /** A dynamic list's rows: Tasklist sends them as JSON text typed Json; API clients may send the array. */
  private JsonNode rows(String name, JsonNode dto) {
    if (dto == null || !dto.isObject()) {
      error(name, "submission.notAVariable");
      return null;
    }
    String type = dto.path("type").isTextual() ? dto.get("type").asText() : null;
    if (type != null && !LIST_TYPES.contains(type)) {
      error(name, "submission.typeNotAccepted", type);
      return null;
    }
    JsonNode rows = toRows(dto.get("value"));
    if (rows == null) {
      error(name, "rows.notAList");
    }
    return rows;
  }

  private static JsonNode toRows(Object value) {
    if (value == null || value instanceof NullNode) {
      return JsonNodeFactory.instance.arrayNode();
    }
    JsonNode node = shown(value);
    if (node.isTextual()) {
      try {
        node = node.asText().isBlank() ? JsonNodeFactory.instance.arrayNode() : JSON.readTree(node.asText());
      } catch (JsonProcessingException e) {
        return null;
      }
    }
    return node.isArray() ? node : null;
  }

  private void checkRows(FieldList list, ArrayNode rows, Map<String, Object> context) {
    JsonNode before = toRows(current.get(list.path()));
    ArrayNode shownRows = before == null ? JsonNodeFactory.instance.arrayNode() : (ArrayNode) before;
    if (!list.addRemove() && rows.size() != shownRows.size()) {
      error(list.path(), "submission.rowsChanged", shownRows.size(), rows.size());
      return;
    }
    for (int i = 0; i < rows.size(); i++) {
      String prefix = list.path() + "[" + (i + 1) + "]";
      JsonNode row = rows.get(i);
      if (!row.isObject()) {
        error(prefix, "rows.notAnObject");
        continue;
      }
      JsonNode shownRow = i < shownRows.size() ? shownRows.get(i) : JsonNodeFactory.instance.objectNode();
      Map<String, Object> rowContext = new HashMap<>(context);
      rowContext.putAll(JSON.convertValue(row, Map.class));
      for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!list.fields().containsKey(name)) {
          error(prefix + "." + name, "submission.unknownVariable");
        }
      }
      for (Field field : list.fields().values()) {
        JsonNode value = row.get(field.key());
        if (value != null && (value.isObject() || value.isArray())) {
          error(prefix + "." + field.key(), "submission.typeNotAccepted", value.isArray() ? "list" : "object");
          continue;
        }
        checkField(prefix + "." + field.key(), field, row.has(field.key()), value, shownRow.get(field.key()),
            rowContext);
      }
    }
  }

  private void checkField(String name, Field field, boolean submitted, JsonNode value, JsonNode shown,
                          Map<String, Object> context) {
    if (field.displayOnly()) {
      JsonNode expected = shown == null || shown.isNull() ? field.defaultValue() : shown;
      if (submitted && !same(field.kind(), value, expected)) {
        error(name, "submission.displayOnlyChanged");
      }
      return;
    }
    boolean empty = empty(field.kind(), submitted ? value : shown);
    if (empty) {
      if (field.required() && visible(field, context)) {
        error(name, "value.required");
      }
      return;
    }
    if (submitted) {
      checkValue(name, field, value);
    }
  }

  private void checkValue(String name, Field field, JsonNode value) {
    switch (field.kind()) {
      case TEXT -> text(name, field, value);
      case NUMBER -> number(name, field, value);
      case FLAG -> {
        if (!value.isBoolean()) {
          error(name, "value.notFlag");
        }
      }
      case CHOICE -> choice(name, field, value);
      case DATE -> {
        if (!value.isTextual() || !isDate(value.asText().strip())) {
          error(name, "value.notDate");
        }
      }
      case DATE_TIME -> {
        if (!value.isTextual() || !isDateTime(value.asText().strip())) {
          error(name, "value.notDateTime");
        }
      }
    }
  }

  private void text(String name, Field field, JsonNode value) {
    if (!value.isTextual()) {
      error(name, "value.notText");
      return;
    }
    String text = value.asText().strip();
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      error(name, "value.tooLong", field.maxLength());
    } else if (field.minLength() != null && text.length() < field.minLength()) {
      error(name, "value.tooShort", field.minLength());
    } else if (field.pattern() != null && !matches(field.pattern(), text)) {
      error(name, "value.patternMismatch");
    } else if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
      error(name, "value.notEmail");
    } else if ("phone".equals(field.validationType()) && !PHONE.matcher(text.replace(" ", "")).matches()) {
      error(name, "value.notPhone");
    }
  }

  private void number(String name, Field field, JsonNode value) {
    boolean whole = Integer.valueOf(0).equals(field.decimalDigits());
    BigDecimal number = null;
    if (value.isIntegralNumber()) {
      number = value.decimalValue();
    } else if (value.isNumber() && !whole) {
      number = value.decimalValue();
    } else if (value.isTextual() && (whole ? WHOLE : DECIMAL).matcher(value.asText().strip()).matches()) {
      number = new BigDecimal(value.asText().strip());
    }
    if (number == null) {
      error(name, whole ? "value.notWholeNumber" : "value.notNumber");
      return;
    }
    if (field.decimalDigits() != null && !whole && number.stripTrailingZeros().scale() > field.decimalDigits()) {
      error(name, "value.notDecimal", field.decimalDigits());
    } else if ((field.min() != null && number.compareTo(field.min()) < 0)
        || (field.max() != null && number.compareTo(field.max()) > 0)) {
      error(name, "value.outOfRange", plain(field.min()), plain(field.max()));
    }
  }

  private void choice(String name, Field field, JsonNode value) {
    if (!value.isTextual() && !value.isNumber()) {
      error(name, "value.notText");
      return;
    }
    List<String> options = field.choicesVariable() == null ? field.choices() : options(field.choicesVariable());
    if (!options.contains(value.asText().strip())) {
      error(name, "value.notOffered");
    }
  }

  /** The values of a select whose options are a variable: a list of {label, value} (or of plain values). */
  private List<String> options(String variable) {
    List<String> options = new ArrayList<>();
    JsonNode node = toRows(current.get(variable));
    if (node != null) {
      node.forEach(option -> options.add(option.isObject() ? option.path("value").asText() : option.asText()));
    }
    return options;
  }

  private boolean visible(Field field, Map<String, Object> context) {
    if (field.hideWhen() == null) {
      return true;
    }
    EvaluationResult result = FEEL.evaluateExpression(field.hideWhen(), context);
    // An expression the server cannot evaluate hides nothing: the field is then required as the form says.
    return !(result.isSuccess() && Boolean.TRUE.equals(result.result()));
  }

  /** The values the form sees: what it was shown with, overlaid with what was submitted. */
  private Map<String, Object> context(Map<String, JsonNode> submitted) {
    Map<String, Object> context = new HashMap<>();
    for (Field field : form.fields().values()) {
      context.put(field.key(), JSON.convertValue(shown(current.get(field.key())), Object.class));
    }
    submitted.forEach((name, value) -> context.put(name, JSON.convertValue(value, Object.class)));
    return context;
  }

  /** A variable's value as a form shows it. */
  static JsonNode shown(Object value) {
    if (value == null) {
      return NullNode.getInstance();
    }
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof SpinJsonNode spin) {
      try {
        return JSON.readTree(spin.toString());
      } catch (JsonProcessingException e) {
        return NullNode.getInstance();
      }
    }
    if (value instanceof Date date) {
      return JsonNodeFactory.instance.textNode(date.toInstant().toString());
    }
    return JSON.valueToTree(value);
  }

  private static boolean same(Kind kind, JsonNode a, JsonNode b) {
    if (empty(kind, a) || empty(kind, b)) {
      return empty(kind, a) && empty(kind, b);
    }
    if (a.isNumber() || b.isNumber()) {
      BigDecimal x = decimal(a);
      BigDecimal y = decimal(b);
      return x != null && y != null && x.compareTo(y) == 0;
    }
    if (a.isTextual() && b.isTextual()) {
      return a.asText().strip().equals(b.asText().strip());
    }
    return a.equals(b);
  }

  private static boolean empty(Kind kind, JsonNode value) {
    return value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())
        || (kind == Kind.FLAG && value.isBoolean() && !value.asBoolean())
        || (value.isArray() && value.isEmpty());
  }

  private static BigDecimal decimal(JsonNode node) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    return node.isTextual() && DECIMAL.matcher(node.asText().strip()).matches()
        ? new BigDecimal(node.asText().strip()) : null;
  }

  private static boolean matches(String pattern, String text) {
    try {
      // form-js tests its pattern the way JavaScript's RegExp.test does: anywhere in the value.
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return true;
    }
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static boolean isDateTime(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeException withoutOffset) {
      try {
        LocalDateTime.parse(text);
        return true;
      } catch (DateTimeException e) {
        return false;
      }
    }
  }

  private static String plain(BigDecimal number) {
    return number == null ? "…" : number.stripTrailingZeros().toPlainString();
  }

  private void error(String field, String code, Object... args) {
    errors.add(FieldError.of(field, code, args));
  }
}
