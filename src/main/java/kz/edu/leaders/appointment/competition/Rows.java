package kz.edu.leaders.appointment.competition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The rows of a form-js dynamic list. Tasklist submits them as Spin JSON; the Java API may send a JSON string or
 * a list of maps. Errors name the row as people count them: {@code candidates[2].iin} is the second row.
 */
public final class Rows {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {};

  private Rows() {}

  /** The submitted rows, an empty list when the variable is absent; a value of another shape is refused. */
  public static List<Map<String, Object>> read(DelegateExecution execution, String variable) {
    Object value = execution.getVariable(variable);
    try {
      if (value == null) {
        return List.of();
      }
      if (value instanceof SpinJsonNode node) {
        return JSON.readValue(node.toString(), LIST);
      }
      if (value instanceof String text) {
        return text.isBlank() ? List.of() : JSON.readValue(text, LIST);
      }
      if (value instanceof Collection<?>) {
        return JSON.convertValue(value, LIST);
      }
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // falls through to the refusal below
    }
    throw InvalidSubmissionException.of(variable, "rows.notAList");
  }

  /** A JSON variable for a form (a prefilled dynamic list, or a select's options). */
  static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write form rows as JSON", e);
    }
  }

  static String field(String variable, int index, String field) {
    return variable + "[" + (index + 1) + "]" + (field == null ? "" : "." + field);
  }

  /**
   * Reads rows that answer for each expected candidate: every row must name one of them by candidateId, and each
   * must be answered exactly once. The reader gets each row's candidate id and values; its errors are named
   * after the row. Throws with every problem at once.
   */
  static void perCandidate(List<Map<String, Object>> rows, String variable, Map<Long, String> expected,
                           BiConsumer<Long, Row> reader, List<FieldError> errors) {
    Map<Long, Integer> answered = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i) == null ? Map.of() : rows.get(i);
      Long id = candidateId(row.get("candidateId"));
      if (id == null || !expected.containsKey(id)) {
        errors.add(FieldError.of(field(variable, i, "candidateId"), "rows.notACandidate"));
        continue;
      }
      Integer first = answered.putIfAbsent(id, i);
      if (first != null) {
        errors.add(FieldError.of(field(variable, i, "candidateId"), "rows.answeredTwice", expected.get(id), first + 1));
        continue;
      }
      List<FieldError> rowErrors = new ArrayList<>();
      reader.accept(id, new Row(row, new Values(row, rowErrors), rowErrors));
      String prefix = field(variable, i, null);
      rowErrors.forEach(e -> errors.add(e.under(prefix)));
    }
    Set<Long> missing = new java.util.LinkedHashSet<>(expected.keySet());
    missing.removeAll(answered.keySet());
    missing.forEach(id -> errors.add(FieldError.of(variable, "rows.noAnswer", expected.get(id))));
  }

  /**
   * The answer of each expected candidate, in the candidates' order, read from the submitted rows (see
   * {@link #perCandidate}); the errors list collects every problem.
   */
  static <T> Map<Long, T> answers(DelegateExecution execution, String variable,
                                  List<CompetitionRepository.Candidate> candidates,
                                  java.util.function.Function<Row, T> reader, List<FieldError> errors) {
    Map<Long, String> expected = new LinkedHashMap<>();
    candidates.forEach(candidate -> expected.put(candidate.id(), candidate.fullName()));
    Map<Long, T> answers = new LinkedHashMap<>();
    perCandidate(read(execution, variable), variable, expected, (id, values) -> answers.put(id, reader.apply(values)),
        errors);
    return answers;
  }

  /** A checkbox: absent counts as unticked (form-js always sends it; an API client may leave it out). */
  static boolean ticked(Row row, String field) {
    Object value = row.raw().get(field);
    if (value == null || Boolean.FALSE.equals(value) || "false".equals(value)) {
      return false;
    }
    if (Boolean.TRUE.equals(value) || "true".equals(value)) {
      return true;
    }
    row.errors().add(FieldError.of(field, "value.notFlag"));
    return false;
  }

  /** One submitted row: its raw values, a reader of them, and the row's errors (named without the row). */
  record Row(Map<String, Object> raw, Values values, List<FieldError> errors) {}

  /** Rows for a prefilled list: one per candidate, with its id and name, and the answer fields empty. */
  static List<Map<String, Object>> prefilled(List<CompetitionRepository.Candidate> candidates) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CompetitionRepository.Candidate candidate : candidates) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("candidateId", candidate.id());
      row.put("candidateName", candidate.fullName());
      rows.add(row);
    }
    return rows;
  }

  private static Long candidateId(Object value) {
    var number = Values.decimal(value);
    if (number == null || number.stripTrailingZeros().scale() > 0) {
      return null;
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
