package kz.edu.leaders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Kazakh and Russian files of Camunda's webapps (Tasklist, Cockpit, Admin, Welcome) against the English
 * ones the webjar ships: same keys, nothing empty, every {{placeholder}} kept; and every app's config.js
 * takes kk, ru or en, and the switch, from the shared language module. No Spring context: it reads the classpath.
 */
class WebappLocalesTest {

  static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
  static final List<String> LANGUAGES = List.of("kk", "ru");
  static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)\\}\\}");
  static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> localeFilesMatchTheEnglishOnes() {
    return APPS.stream().flatMap(app -> LANGUAGES.stream().map(language ->
        DynamicTest.dynamicTest(app + "/" + language, () -> checkLocale(app, language))));
  }

  @TestFactory
  Stream<DynamicTest> configsOfferKazakhRussianAndEnglish() {
    return APPS.stream().map(app -> DynamicTest.dynamicTest(app, () -> checkConfig(app)));
  }

  void checkLocale(String app, String language) throws IOException {
    String path = APP_ROOT + app + "/locales/" + language + ".json";
    String englishText = read(APP_ROOT + app + "/locales/en.json");
    assertThat(englishText).as("the webjar's %s/locales/en.json is not on the classpath", app).isNotNull();
    Map<String, JsonNode> english = leaves(englishText);
    String text = read(path);
    assertThat(text).as(path + " is missing from the classpath").isNotNull();
    Map<String, JsonNode> translated;
    try {
      translated = leaves(text);
    } catch (IOException e) {
      throw new AssertionError(path + " is not valid JSON: " + e.getMessage(), e);
    }

    Set<String> missing = new TreeSet<>(english.keySet());
    missing.removeAll(translated.keySet());
    Set<String> extra = new TreeSet<>(translated.keySet());
    extra.removeAll(english.keySet());
    assertThat(missing.isEmpty() && extra.isEmpty())
        .as("%s: keys differ from en.json (%d in en, %d here)%n  missing: %s%n  extra: %s",
            path, english.size(), translated.size(), missing, extra)
        .isTrue();

    List<String> problems = new ArrayList<>();
    english.forEach((key, en) -> {
      JsonNode value = translated.get(key);
      problems.addAll(compare(key, en, value));
    });
    assertThat(problems).as("%s (%d keys)", path, translated.size()).isEmpty();
  }

  static List<String> compare(String key, JsonNode en, JsonNode value) {
    List<String> problems = new ArrayList<>();
    if (en.isTextual()) {
      // Cockpit appends an English plural "s" after counts; Kazakh keeps the noun singular after a number, so that
      // suffix is a blank there.
      boolean pluralSuffix = en.asText().equals("s") && value.isTextual() && !value.asText().isEmpty();
      if (!value.isTextual() || (value.asText().isBlank() && !pluralSuffix)) {
        problems.add(key + ": empty or not a text: " + value);
        return problems;
      }
      Set<String> wanted = placeholders(en.asText());
      wanted.removeAll(placeholders(value.asText()));
      if (!wanted.isEmpty()) {
        problems.add(key + ": lost placeholder(s) " + wanted + " of \"" + en.asText() + "\": \"" + value.asText() + "\"");
      }
    } else if (en.isArray()) {
      // moment.js month and weekday names; a language that declines them may give {format, standalone}.
      List<JsonNode> forms = value.isArray() ? List.of(value) : List.of(value.path("format"), value.path("standalone"));
      for (JsonNode form : forms) {
        if (!form.isArray() || form.size() != en.size()) {
          problems.add(key + ": wants " + en.size() + " names like en.json, has " + value);
        } else {
          form.forEach(name -> {
            if (name.asText().isBlank()) {
              problems.add(key + ": has an empty name: " + value);
            }
          });
        }
      }
    } else if (en.isNumber() && !value.isNumber()) {
      problems.add(key + ": wants a number like en.json, has " + value);
    }
    return problems;
  }

  /** "{{ name }}" and "{{name}}" are the same placeholder to AngularJS. */
  static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1).replaceAll("\\s+", ""));
    }
    return found;
  }

  void checkConfig(String app) throws IOException {
    String path = APP_ROOT + app + "/scripts/config.js";
    URL own = ownResource(path);
    assertThat(own).as("the project has no %s of its own (the webjar's lists only en)", path).isNotNull();
    String config;
    try (InputStream in = own.openStream()) {
      config = withoutComments(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertThat(config).as("%s takes its language and switch from the shared module", path)
        .contains("from '/leaders/language.js'", "addLanguageSwitch();", "locales: webappLocales()");
  }

  @Test
  void theSharedLanguageModuleOffersKazakhRussianAndEnglish() throws IOException {
    String module = withoutComments(read("public/leaders/language.js"));
    Set<String> offered = new TreeSet<>();
    Matcher code = Pattern.compile("code:\\s*'(\\w+)'").matcher(module);
    while (code.find()) {
      offered.add(code.group(1));
    }
    assertThat(offered).containsExactly("en", "kk", "ru");
    assertThat(module).contains("COOKIE = '" + kz.edu.leaders.common.Language.COOKIE + "'");
  }

  /** The project's copy of a resource the webjar may also have: the one that is not inside a jar. */
  static URL ownResource(String path) throws IOException {
    for (URL url : Collections.list(WebappLocalesTest.class.getClassLoader().getResources(path))) {
      if (!"jar".equals(url.getProtocol())) {
        return url;
      }
    }
    return null;
  }

  static String withoutComments(String js) {
    return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  /** The resource as text without the UTF-8 byte order mark the 7.24 files start with; null if absent. */
  static String read(String path) throws IOException {
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        return null;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }

  /**
   * Leaf values by dotted path ("labels.SAVE", "dateLocales.longDateFormat.L"). Arrays are leaves, and so is
   * moment's {format, standalone} pair that stands for an array of names.
   */
  static Map<String, JsonNode> leaves(String json) throws IOException {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", JSON.readTree(json), leaves);
    return leaves;
  }

  static void collect(String prefix, JsonNode node, Map<String, JsonNode> leaves) {
    if (!node.isObject() || isCaseForms(node)) {
      leaves.put(prefix, node);
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      collect(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), leaves);
    }
  }

  static boolean isCaseForms(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names.equals(Set.of("format", "standalone")) && node.get("format").isArray();
  }
}
