package kz.edu.leaders.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.edu.leaders.submission.FormSchema.Field;
import kz.edu.leaders.submission.FormSchema.FieldList;

/**
 * Values a careful person could type into a form, made from the form itself: for every editable field a sample
 * that keeps the field's declared rules, for every list its shown rows with the editable cells filled. Choices are
 * tried until the form's own check accepts the whole submission (a choice may make another field required).
 */
final class FormSamples {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Texts for the kinds of text fields the forms have; the first that fits a field's rules is used. */
  private static final List<String> TEXTS = List.of("Жумабекова", "880503400111", "+77011234567", "name@example.kz",
      "https://example.kz/session-recording", "1, 2, 3",
      "The documents were compared with the application and are in order, as recorded here.", "09:30");

  private FormSamples() {}

  /** The submission as the engine REST API takes it ({"name": {"value": ...}}), or empty if none is accepted. */
  static Optional<Map<String, JsonNode>> valid(FormSchema form, Map<String, Object> shown) {
    List<Field> choices = form.fields().values().stream()
        .filter(f -> !f.displayOnly() && f.kind() == FormSchema.Kind.CHOICE).toList();
    for (int attempt = 0; attempt < 64; attempt++) {
      Map<String, JsonNode> submission = new LinkedHashMap<>();
      int combination = attempt;
      int dates = 0;
      for (Field field : form.fields().values()) {
        if (field.displayOnly()) {
          continue;
        }
        JsonNode value;
        if (field.kind() == FormSchema.Kind.CHOICE) {
          List<String> options = options(field, shown);
          if (options.isEmpty()) {
            continue;
          }
          value = NODES.textNode(options.get(combination % options.size()));
          combination /= Math.max(1, options.size());
        } else if (field.kind() == FormSchema.Kind.DATE) {
          // Dates in the order of the form, a day apart: from before until, the module before the internship.
          value = NODES.textNode(LocalDate.now().plusDays(dates++).toString());
        } else {
          value = sample(field);
        }
        if (value != null) {
          submission.put(field.key(), dto(value));
        }
      }
      for (FieldList list : form.lists().values()) {
        submission.put(list.path(), rows(list, shown));
      }
      if (SubmissionCheck.check(form, shown, submission).isEmpty()) {
        return Optional.of(submission);
      }
      if (choices.isEmpty()) {
        break;
      }
    }
    return Optional.empty();
  }

  static ObjectNode dto(JsonNode value) {
    ObjectNode dto = NODES.objectNode();
    dto.set("value", value);
    return dto;
  }

  /** The rows as shown, each editable cell filled; a list people add rows to gets one new row. */
  private static JsonNode rows(FieldList list, Map<String, Object> shown) {
    JsonNode before = SubmissionCheck.shown(shown.get(list.path()));
    ArrayNode rows = NODES.arrayNode();
    if (before.isTextual()) {
      try {
        before = JSON.readTree(before.asText());
      } catch (Exception e) {
        before = NODES.arrayNode();
      }
    }
    if (before.isArray()) {
      before.forEach(row -> rows.add(filled(list, row.isObject() ? (ObjectNode) row.deepCopy() : NODES.objectNode())));
    }
    if (list.addRemove() && rows.isEmpty()) {
      rows.add(filled(list, NODES.objectNode()));
    }
    ObjectNode dto = NODES.objectNode();
    dto.put("type", "Json");
    dto.put("value", rows.toString());
    return dto;
  }

  private static ObjectNode filled(FieldList list, ObjectNode row) {
    for (Field field : list.fields().values()) {
      if (field.displayOnly()) {
        continue;
      }
      JsonNode value = field.kind() == FormSchema.Kind.CHOICE
          ? (field.choices().isEmpty() ? null : NODES.textNode(field.choices().get(0))) : sample(field);
      if (value != null) {
        row.set(field.key(), value);
      }
    }
    return row;
  }

  private static List<String> options(Field field, Map<String, Object> shown) {
    if (field.choicesVariable() == null) {
      return field.choices();
    }
    List<String> options = new ArrayList<>();
    JsonNode node = SubmissionCheck.shown(shown.get(field.choicesVariable()));
    try {
      if (node.isTextual()) {
        node = JSON.readTree(node.asText());
      }
    } catch (Exception e) {
      return options;
    }
    node.forEach(option -> options.add(option.isObject() ? option.path("value").asText() : option.asText()));
    return options;
  }

  private static JsonNode sample(Field field) {
    return switch (field.kind()) {
      case TEXT -> TEXTS.stream().filter(text -> fits(field, text)).findFirst().map(NODES::textNode).orElse(null);
      case NUMBER -> {
        BigDecimal value = field.min() != null ? field.min() : BigDecimal.ONE;
        if (field.max() != null && value.compareTo(field.max()) > 0) {
          value = field.max();
        }
        yield NODES.numberNode(value.intValue());
      }
      case FLAG -> NODES.booleanNode(field.required());
      case DATE -> NODES.textNode(LocalDate.now().toString());
      case DATE_TIME -> NODES.textNode(LocalDate.now().plusDays(7) + "T10:00");
      case CHOICE -> field.choices().isEmpty() ? null : NODES.textNode(field.choices().get(0));
    };
  }

  private static boolean fits(Field field, String text) {
    return (field.maxLength() == null || text.length() <= field.maxLength())
        && (field.minLength() == null || text.length() >= field.minLength())
        && (field.pattern() == null || java.util.regex.Pattern.compile(field.pattern()).matcher(text).find())
        && (!"email".equals(field.validationType()) || text.contains("@"));
  }

}
