package kz.edu.leaders.modelcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a Camunda Form (form-js) writes and reads. A field a person can edit writes its key when the task is
 * completed; a disabled or read-only field shows the variable of its key; a select's {@code valuesKey} reads its
 * options from a variable; an expression ({@code =...}) or a template ({@code {{...}}}) reads the variables it names.
 */
public record FormFields(String id, Path file, Set<String> writes, Set<String> reads) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern FEEL_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern NAME = Pattern.compile("(?<![\\w.])([A-Za-z_][A-Za-z0-9_]*)(?!\\s*[(:\\w])");
  private static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "null", "true", "false", "if", "then",
      "else", "for", "in", "return", "some", "every", "satisfies", "instance", "of", "between", "function", "this",
      "parent", "_this_", "_parent_", "_i_", "i", "loop");

  /** Every form in the folder, by the id inside the file (what camunda:formRef names). */
  public static Map<String, FormFields> in(Path folder) throws IOException {
    Map<String, FormFields> forms = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return forms;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        FormFields form = read(file);
        forms.put(form.id(), form);
      }
    }
    return forms;
  }

  public static FormFields read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    Set<String> writes = new LinkedHashSet<>();
    Set<String> shows = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    Set<String> own = new LinkedHashSet<>();
    components(root.path("components"), writes, shows, names, own, false);
    Set<String> reads = new LinkedHashSet<>(shows);
    names.stream().filter(n -> !own.contains(n)).forEach(reads::add);
    return new FormFields(root.path("id").asText(""), file, writes, reads);
  }

  private static void components(JsonNode list, Set<String> writes, Set<String> shows, Set<String> names,
                                 Set<String> own, boolean insideList) {
    for (JsonNode component : list) {
      expressions(component, names);
      String key = component.path("key").asText(null);
      String path = component.path("path").asText(null);
      boolean fixed = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
      if (component.has("valuesKey")) {
        shows.add(component.path("valuesKey").asText());
      }
      if (key != null) {
        own.add(key);
        if (!insideList) {
          (fixed ? shows : writes).add(key);
        }
      }
      if (component.has("components")) {
        boolean list2 = component.path("isRepeating").asBoolean(false);
        if (path != null && !insideList) {
          own.add(path);
          // A list whose rows cannot be edited shows the process's list; otherwise the person writes it.
          (list2 && allFixed(component.path("components")) ? shows : writes).add(path);
        }
        components(component.path("components"), writes, shows, names, own, insideList || path != null);
      }
    }
  }

  private static boolean allFixed(JsonNode list) {
    for (JsonNode c : list) {
      if (c.has("key") && !(c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false))) {
        return false;
      }
    }
    return true;
  }

  /** The names read by the component's expressions and templates (its own properties, not its children). */
  private static void expressions(JsonNode node, Set<String> names) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getKey().equals("components")) {
        continue;
      }
      JsonNode value = field.getValue();
      if (value.isObject()) {
        expressions(value, names);
      } else if (value.isTextual()) {
        String text = value.asText();
        if (text.startsWith("=")) {
          feelNames(text.substring(1), names);
        }
        Matcher template = TEMPLATE.matcher(text);
        while (template.find()) {
          feelNames(template.group(1), names);
        }
      }
    }
  }

  static void feelNames(String expression, Set<String> names) {
    Matcher m = NAME.matcher(FEEL_STRING.matcher(expression).replaceAll("\"\""));
    while (m.find()) {
      if (!FEEL_WORDS.contains(m.group(1)) && !m.group(1).matches("\\d.*")) {
        names.add(m.group(1));
      }
    }
  }
}
