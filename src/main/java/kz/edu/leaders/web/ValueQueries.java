package kz.edu.leaders.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.identity.Groups;

/**
 * The analysts read instances but no variable's value (docs/analyst.md), and so may not ask for instances or tasks by
 * a value either: {@code /process-instance?variables=candidateName_like_%Абенова%} would tell whose application an
 * instance is without reading a variable. A query that filters or sorts by variable values is refused to them, in
 * the engine's APIs and in Cockpit's; the same queries without the values answer as before.
 */
public final class ValueQueries {

  /** Query parameters and JSON keys of the engine's and Cockpit's queries that compare variable values. */
  static final Set<String> BY_VALUE = Set.of("variables", "processVariables", "taskVariables",
      "caseInstanceVariables", "caseExecutionVariables", "variableValues", "variableValuesIgnoreCase",
      "variableNamesIgnoreCase");
  /** Sorting by a variable's value ({@code "sortBy": "processVariable"}). */
  static final Set<String> SORTED_BY_VALUE = Set.of("processVariable", "executionVariable", "taskVariable",
      "caseInstanceVariable", "caseExecutionVariable");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ValueQueries() {}

  /** Whether these groups are held to the rule: the analysts, unless they are administrators as well. */
  public static boolean appliesTo(Collection<String> groups) {
    return groups != null && groups.contains(Groups.ANALYSTS) && !groups.contains(Groups.ADMINISTRATORS);
  }

  /** Whether a request with these query parameter names and this body (JSON, or empty) queries by value. */
  public static boolean byValue(Collection<String> parameters, Map<String, ? extends Collection<String>> values,
                                byte[] body) {
    for (String parameter : parameters) {
      if (BY_VALUE.contains(parameter)) {
        return true;
      }
      if (parameter.equals("sortBy") && values.get(parameter).stream().anyMatch(SORTED_BY_VALUE::contains)) {
        return true;
      }
    }
    if (body == null || body.length == 0) {
      return false;
    }
    try {
      return byValue(JSON.readTree(body));
    } catch (IOException e) {
      // Not JSON: the engine answers it with its own 400.
      return false;
    }
  }

  private static boolean byValue(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (byValue(element)) {
          return true;
        }
      }
      return false;
    }
    if (!node.isObject()) {
      return false;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      if (BY_VALUE.contains(field.getKey()) && !(value.isArray() && value.isEmpty()) && !value.isNull()) {
        return true;
      }
      if (field.getKey().equals("sortBy") && SORTED_BY_VALUE.contains(value.asText())) {
        return true;
      }
      if (byValue(value)) {
        return true;
      }
    }
    return false;
  }
}
