package kz.edu.leaders.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a deployed Camunda Form (form-js JSON, schema 16 as Tasklist 7.24 renders it) lets a person submit: its
 * fields by key, each editable or display-only, with the rules the form declares, and its dynamic lists by path.
 * Read from the form itself, so a new form or field needs no Java. A construct this check does not understand
 * (a group with a path, a dotted key, a list in a list, a checklist or taglist, an unknown field type) is refused
 * when the form is read,
 * rather than let through unchecked.
 */
public final class FormSchema {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** How a field's value is written. */
  public enum Kind { TEXT, NUMBER, FLAG, CHOICE, DATE, DATE_TIME }

  private static final Map<String, Kind> KINDS = Map.of("textfield", Kind.TEXT, "textarea", Kind.TEXT,
      "number", Kind.NUMBER, "checkbox", Kind.FLAG, "radio", Kind.CHOICE, "select", Kind.CHOICE,
      "datetime", Kind.DATE);
  /** Components that show something and submit nothing. */
  private static final Set<String> STATIC = Set.of("text", "html", "image", "spacer", "separator", "button",
      "iframe", "table");

  /**
   * One field. {@code displayOnly}: disabled (Tasklist never sends it back) or read-only (sent back as shown).
   * {@code hideWhen}: the FEEL expression of {@code conditional.hide}, or null. {@code choices}: a radio's or
   * select's static values; {@code choicesVariable}: the variable holding them ({@code valuesKey}) instead.
   */
  public record Field(String key, String label, Kind kind, boolean displayOnly, boolean required, BigDecimal min,
                      BigDecimal max, Integer minLength, Integer maxLength, String pattern, String validationType,
                      Integer decimalDigits, List<String> choices, String choicesVariable, String hideWhen,
                      JsonNode defaultValue) {}

  /** A dynamic list: a variable holding rows, each an object of the list's fields. */
  public record FieldList(String path, String label, boolean addRemove, Map<String, Field> fields, String hideWhen) {}

  private final String id;
  private final Map<String, Field> fields;
  private final Map<String, FieldList> lists;

  private FormSchema(String id, Map<String, Field> fields, Map<String, FieldList> lists) {
    this.id = id;
    this.fields = Collections.unmodifiableMap(fields);
    this.lists = Collections.unmodifiableMap(lists);
  }

  /** A task or start event without a form: nothing may be submitted. */
  public static FormSchema none() {
    return new FormSchema(null, Map.of(), Map.of());
  }

  public static FormSchema parse(String json) {
    try {
      return parse(JSON.readTree(json));
    } catch (IOException e) {
      throw new IllegalArgumentException("A form is not valid JSON: " + e.getMessage(), e);
    }
  }

  public static FormSchema parse(JsonNode form) {
    String id = form.path("id").asText(null);
    Map<String, Field> fields = new LinkedHashMap<>();
    Map<String, FieldList> lists = new LinkedHashMap<>();
    collect(id, form.path("components"), fields, lists, false);
    return new FormSchema(id, fields, lists);
  }

  public String id() {
    return id;
  }

  public Map<String, Field> fields() {
    return fields;
  }

  public Map<String, FieldList> lists() {
    return lists;
  }

  /** The label a person saw for a variable or a row's field ({@code ballot[2].vote}), or null. */
  public String labelOf(String name) {
    if (name == null) {
      return null;
    }
    Field field = fields.get(name);
    if (field != null) {
      return field.label();
    }
    int bracket = name.indexOf('[');
    if (bracket > 0) {
      FieldList list = lists.get(name.substring(0, bracket));
      int dot = name.indexOf("].");
      if (list != null) {
        Field rowField = dot > 0 ? list.fields().get(name.substring(dot + 2)) : null;
        String row = name.substring(bracket, name.indexOf(']') + 1);
        return (list.label() == null ? list.path() : list.label()) + " " + row
            + (rowField == null ? "" : ": " + rowField.label());
      }
    }
    FieldList list = lists.get(name);
    return list == null ? null : list.label();
  }

  private static void collect(String form, JsonNode components, Map<String, Field> fields,
                              Map<String, FieldList> lists, boolean inList) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (type.equals("group") || type.equals("dynamiclist")) {
        container(form, component, type, fields, lists, inList);
      } else if (KINDS.containsKey(type)) {
        Field field = field(form, component, type);
        if (fields.put(field.key(), field) != null) {
          throw unsupported(form, "the key '" + field.key() + "' is used by two fields");
        }
      } else if (!STATIC.contains(type)) {
        throw unsupported(form, "the component type '" + type + "'");
      }
    }
  }

  private static void container(String form, JsonNode component, String type, Map<String, Field> fields,
                                Map<String, FieldList> lists, boolean inList) {
    String path = text(component, "path");
    if (type.equals("group")) {
      if (path != null) {
        throw unsupported(form, "a group with a path ('" + path + "')");
      }
      collect(form, component.path("components"), fields, lists, inList);
      return;
    }
    if (inList) {
      throw unsupported(form, "a dynamic list inside a dynamic list ('" + path + "')");
    }
    if (path == null || path.contains(".")) {
      throw unsupported(form, "a dynamic list without a plain path");
    }
    Map<String, Field> rowFields = new LinkedHashMap<>();
    Map<String, FieldList> nested = new LinkedHashMap<>();
    collect(form, component.path("components"), rowFields, nested, true);
    if (lists.put(path, new FieldList(path, label(component), component.path("allowAddRemove").asBoolean(false),
        Collections.unmodifiableMap(rowFields), hideWhen(component))) != null || fields.containsKey(path)) {
      throw unsupported(form, "the path '" + path + "' is used twice");
    }
  }

  private static Field field(String form, JsonNode component, String type) {
    String key = text(component, "key");
    if (key == null || key.contains(".") || key.contains("[")) {
      throw unsupported(form, "a " + type + " field without a plain key (" + key + ")");
    }
    JsonNode validate = component.path("validate");
    Kind kind = KINDS.get(type);
    if (type.equals("datetime") && !"date".equals(component.path("subtype").asText("date"))) {
      kind = Kind.DATE_TIME;
    }
    List<String> choices = new ArrayList<>();
    component.path("values").forEach(value -> choices.add(value.path("value").asText()));
    return new Field(key, label(component), kind, flag(component, "disabled") || flag(component, "readonly"),
        validate.path("required").asBoolean(false), decimal(validate.get("min")), decimal(validate.get("max")),
        whole(validate.get("minLength")), whole(validate.get("maxLength")), text(validate, "pattern"),
        text(validate, "validationType"), whole(component.get("decimalDigits")), List.copyOf(choices),
        text(component, "valuesKey"), hideWhen(component), component.get("defaultValue"));
  }

  /**
   * A fixed {@code true}; a FEEL expression counts as editable: the process's own rules check the value, and a
   * display-only field must not depend on what the submission itself says.
   */
  private static boolean flag(JsonNode component, String name) {
    return component.path(name).isBoolean() && component.path(name).asBoolean();
  }

  private static String hideWhen(JsonNode component) {
    String hide = text(component.path("conditional"), "hide");
    return hide == null ? null : hide.startsWith("=") ? hide.substring(1) : hide;
  }

  private static String label(JsonNode component) {
    String label = text(component, "label");
    return label == null || label.startsWith("=") ? text(component, "key") : label;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
  }

  private static BigDecimal decimal(JsonNode node) {
    return node == null || !node.isNumber() ? null : node.decimalValue();
  }

  private static Integer whole(JsonNode node) {
    return node == null || !node.canConvertToInt() ? null : node.intValue();
  }

  private static IllegalArgumentException unsupported(String form, String what) {
    return new IllegalArgumentException("Form '" + form + "': the submission check does not support " + what);
  }
}
