package kz.edu.leaders.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Everything the server says exists in Kazakh, Russian and English, for every code the code base uses. */
class TextsTest {

  static final Pattern CODE = Pattern.compile(
      "\"((?:value|selection|appointment|competition|rows|iin|testImport|request|submission|task|reason|board)\\.[A-Za-z.]+)\"");

  @Test
  void everyLanguageHasTheSameCodesAndEveryPatternReads() throws IOException {
    Properties en = bundle("");
    for (String language : List.of("_kk", "_ru")) {
      Properties other = bundle(language);
      assertThat(other.stringPropertyNames()).as(language).isEqualTo(en.stringPropertyNames());
      for (String code : other.stringPropertyNames()) {
        String text = other.getProperty(code);
        assertThat(text).as(language + " " + code).isNotBlank();
        new MessageFormat(text); // a stray brace or quote fails here, not in front of a user
        assertThat(placeholders(text)).as(language + " " + code).isEqualTo(placeholders(en.getProperty(code)));
      }
    }
  }

  @Test
  void everyCodeTheCodeUsesHasItsTexts() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = CODE.matcher(Files.readString(file));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    // A code ending in a dot is a family completed at run time: the next test checks those.
    used.removeIf(code -> code.endsWith("."));
    assertThat(used).isNotEmpty().allSatisfy(code -> assertThat(Texts.known(code)).as(code).isTrue());
  }

  @Test
  void everyTestBlockAndRubricCriterionIsNamed() {
    java.math.BigDecimal any = java.math.BigDecimal.ONE;
    for (String block : new kz.edu.leaders.selection.TestScores(any, any, any, any).byBlock().keySet()) {
      assertThat(Texts.known("reason.test.block." + block)).as(block).isTrue();
    }
    for (String criterion : kz.edu.leaders.selection.InternshipRubric.CRITERIA) {
      assertThat(Texts.known("reason.criterion." + criterion)).as(criterion).isTrue();
    }
  }

  @Test
  void aRequestThatAsksForNeitherLanguageGetsBoth() {
    assertThat(Texts.render("value.required", Language.KK_AND_RU)).isEqualTo("міндетті өріс / обязательное поле");
    assertThat(Texts.render("value.outOfRange", Language.RU, 0, 2026)).isEqualTo("должно быть от 0 до 2026");
    assertThat(Language.of(List.of(java.util.Locale.forLanguageTag("de"), java.util.Locale.forLanguageTag("ru"))))
        .isEqualTo(Language.RU);
  }

  static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = Pattern.compile("\\{\\d+}").matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = TextsTest.class.getResourceAsStream("/messages/texts" + language + ".properties")) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
