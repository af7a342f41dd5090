package kz.edu.leaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reasons the diagrams and decision tables write into records (an end event's {@code reason} property, a DMN
 * output in words) are read by people as they are: each must be Kazakh / Russian, by the rule the forms follow.
 * Codes in capitals (ORDER_57_2012) are not words.
 */
class ModelTextsLanguagesTest {

  static final Pattern REASON_PROPERTY = Pattern.compile("<camunda:property name=\"reason\" value=\"([^\"]*)\"");
  static final Pattern DMN_OUTPUT = Pattern.compile("<outputEntry[^>]*><text>\"([^\"]*)\"</text>");
  static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");

  @Test
  void everyReasonAModelWritesIsKazakhThenRussian() throws IOException {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.sorted().toList()) {
        String xml = Files.readString(file).replace("&#39;", "'").replace("&quot;", "\"");
        Pattern texts = file.toString().endsWith(".dmn") ? DMN_OUTPUT : REASON_PROPERTY;
        Matcher matcher = texts.matcher(xml);
        while (matcher.find()) {
          String text = matcher.group(1);
          if (CODE.matcher(text).matches()) {
            continue;
          }
          checked++;
          String problem = FormLanguagesTest.pairProblem(text);
          if (problem != null) {
            problems.add(file.getFileName() + ": \"" + text + "\": " + problem);
          }
        }
      }
    }
    assertThat(checked).as("reasons found in bpmn/").isGreaterThanOrEqualTo(12);
    assertThat(problems).isEmpty();
  }
}
