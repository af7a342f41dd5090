package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What public/leaders/form-messages.js needs from the form-js that Camunda 7.24.0's Tasklist bundles: the English
 * sentences of its field checks, each of which the script puts into Kazakh or Russian. Fails when an upgrade words
 * one differently or adds one, which the script would then leave in English.
 */
class FormJsMessagesStillMatchTest {

  static final String FORM_JS = "META-INF/resources/webjars/camunda/lib/deps.js";
  static final String SCRIPT = "public/leaders/form-messages.js";

  /** Each sentence as the bundle writes it (up to its first argument), and what the script's pattern matches on. */
  static final Map<String, String> SENTENCES = Map.ofEntries(
      Map.entry("\"Field is required.\"", "Field is required"),
      Map.entry("`Field must match pattern ${", "Field must match pattern"),
      Map.entry("`Field must have minimum value of ${", "Field must have minimum value of"),
      Map.entry("`Field must have maximum value of ${", "Field must have maximum value of"),
      Map.entry("`Field must have minimum length of ${", "Field must have minimum length of"),
      Map.entry("`Field must have maximum length of ${", "Field must have maximum length of"),
      Map.entry("\"Field must be a valid  international phone number. (e.g. +4930664040900)\"",
          "Field must be a valid\\s+international phone number"),
      Map.entry("\"Field must be a valid email.\"", "Field must be a valid email"),
      Map.entry("\"Value is not a number.\"", "Value is not a number"),
      Map.entry("\"Value is expected to \"+(0===n?\"be an integer\":`have at most ${n} decimal digit${n>1?\"s\":\"\"}`)",
          "Value is expected to have at most"),
      Map.entry("`Please select a valid value, the two nearest valid values are ${",
          "Please select a valid value, the two nearest valid values are"));

  /** String literals of the bundle that read like a field check's message. */
  static final Pattern CHECK_MESSAGE =
      Pattern.compile("[\"`]((?:Field (?:is|must)|Value is|Please select a valid)[^\"`$]*)");

  @Test
  void theBundleStillWordsEveryCheckAsTheScriptExpects() {
    String formJs = EngineCode.resource(FORM_JS);
    String script = EngineCode.resource(SCRIPT);

    SENTENCES.forEach((sentence, pattern) -> {
      assertThat(formJs).as("form-js's check message").contains(sentence);
      assertThat(script).as("form-messages.js's pattern").contains(pattern);
    });
    assertThat(script).contains("be an integer");
  }

  @Test
  void theBundleHasNoCheckMessageTheScriptDoesNotKnow() {
    String formJs = EngineCode.resource(FORM_JS);
    Set<String> found = new TreeSet<>();
    Matcher matcher = CHECK_MESSAGE.matcher(formJs);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    // Texts of the form editor, not of a filled form's checks.
    found.removeIf(text -> text.startsWith("Field cannot be edited") || text.equals("Field is not present in this state"));

    assertThat(found).hasSizeGreaterThanOrEqualTo(SENTENCES.size()).allSatisfy(text -> assertThat(SENTENCES.keySet()).as(text)
        .anySatisfy(sentence -> assertThat(sentence).contains(text)));
  }
}
