package kz.edu.leaders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every form speaks Kazakh first, then Russian, and no English (docs/glossary.md, "Conventions for the forms").
 *
 * <p>A label, choice label, date or time label, or description is {@code "<kk> / <ru>"}: split on " / " (a slash
 * with a space on each side; "https://" or "07/08" are not separators) it gives exactly two halves, both non-empty,
 * different, and both with Cyrillic letters (so an English half fails; a half of signs only, like the "№" of
 * "Нөмірі / №", has no letters and passes). Which half is Kazakh is told first by the
 * letters Russian does not have, ә ғ қ ң ө ұ ү һ і:
 * <ul>
 *   <li>the Russian half has none of them, except in a word the Kazakh half has too (a proper name such as
 *   "Жетісу"): Kazakh in both halves, or halves swapped, fail;
 *   <li>a Kazakh half of three or more words has at least one of them. Short Kazakh phrases can lack them all
 *   ("Бос лауазымды жабу", "Конкурс туралы хабарландыруды жариялау"), so such a half passes instead when it has a
 *   word with a Kazakh ending that Russian words hardly have (accusative -ды/-ны/-ты, adjectival -лы, verbal nouns
 *   in -лау/-дау/-тау, and their front-vowel forms) and no word that looks Russian (ё ъ ь э щ; an ending like -ый,
 *   -ая, -ого, -ов, -ние, -ость, -ать; a preposition or conjunction like в, на, для, или). One or two words, like
 *   "Мектеп" or "Аты", need no proof.
 * </ul>
 *
 * <p>A text component (Markdown): each heading line follows the same rule; the other paragraphs (separated by
 * blank lines) are each Kazakh (at least 15% of the Cyrillic words carry a Kazakh letter; in Kazakh prose it is
 * 40-60%) or Russian (Cyrillic, below that), at least one of each, all Kazakh ones before the first Russian one;
 * a paragraph without Cyrillic fails.
 *
 * <p>Texts that are FEEL expressions ({@code =...}) are checked on their string literals: either the literals put
 * together in order (a concatenation), or each literal that holds " / " on its own (a conditional). Template
 * expressions ({@code {{...}}}) count as a neutral placeholder.
 */
class FormLanguagesTest {

  static final Path FORMS = Path.of("forms");
  static final String SEPARATOR = " / ";
  static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
  static final List<String> PAIRED = List.of("label", "description", "dateLabel", "timeLabel");
  static final double KAZAKH_SHARE = 0.15;
  static final String PLACEHOLDER = "…";

  @Test
  void everyFormTextIsKazakhThenRussian() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> forms = forms();
    assertThat(forms).isNotEmpty();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path form : forms) {
      checked += check(form.getFileName().toString(), json.readTree(form.toFile()).path("components"), problems);
    }
    assertThat(checked).as("texts checked").isGreaterThan(forms.size());
    assertThat(problems).as("texts not in \"<kk> / <ru>\" (docs/glossary.md)").isEmpty();
  }

  /**
   * Tasklist 7.24 (form-js 1.8) never wraps a label: {@code .fjs-form-field-label} is {@code white-space: nowrap;
   * overflow: hidden}, so a label longer than its field is cut off. Measured in Tasklist at a 1400 px window (the
   * browser tests' size): a 16-column row is 742 px (728 inside a dynamic list) and a field is
   * {@code row * columns / 16 - 16} px; a label in bold 12 px IBM Plex Sans takes about 7 px a character (plus 8 for
   * the asterisk of a required field), a checkbox's label or a radio choice in bold 14 px about 8 px a character
   * plus 24 for the box. A select shows the chosen option in regular 14 px, about 7.8 px a character, in the field
   * less 46 px (padding, the clear and the arrow icons); a longer option wraps out of the box. The estimates are
   * within about 25 px of the browser's widths, so this catches a text that is clearly too long; one at the edge
   * still needs a look in the browser.
   */
  @Test
  void everyLabelFitsItsColumns() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> problems = new ArrayList<>();
    for (Path form : forms()) {
      fit(form.getFileName().toString(), json.readTree(form.toFile()).path("components"), ROW_PX, problems);
    }
    assertThat(problems).as("labels wider than their field in Tasklist (they would be cut off)").isEmpty();
  }

  static final double ROW_PX = 742;
  static final double LIST_ROW_PX = 728;
  static final double FIELD_MARGINS_PX = 16;
  static final double LABEL_CHAR_PX = 7;
  static final double ASTERISK_PX = 8;
  static final double CHOICE_CHAR_PX = 8;
  static final double BOX_PX = 24;
  static final double SELECT_CHAR_PX = 7.8;
  static final double SELECT_ICONS_PX = 46;
  static final double TOLERANCE = 1.05;

  static void fit(String form, JsonNode components, double rowPx, List<String> problems) {
    Map<String, List<JsonNode>> rows = new LinkedHashMap<>();
    for (JsonNode component : components) {
      String row = component.path("layout").path("row").asText(component.path("id").asText());
      rows.computeIfAbsent(row, r -> new ArrayList<>()).add(component);
    }
    for (List<JsonNode> row : rows.values()) {
      int fixed = 0;
      int auto = 0;
      for (JsonNode component : row) {
        int columns = component.path("layout").path("columns").asInt(0);
        fixed += columns;
        auto += columns == 0 ? 1 : 0;
      }
      for (JsonNode component : row) {
        int given = component.path("layout").path("columns").asInt(0);
        double columns = given > 0 ? given : (16.0 - fixed) / Math.max(auto, 1);
        double fieldPx = rowPx * columns / 16 - FIELD_MARGINS_PX;
        String where = form + " " + component.path("id").asText() + " (" + Math.round(columns * 100) / 100.0
            + " columns, " + Math.round(fieldPx) + " px)";
        String type = component.path("type").asText();
        boolean required = component.path("validate").path("required").asBoolean(false);
        for (String property : List.of("label", "dateLabel", "timeLabel")) {
          JsonNode text = component.get(property);
          if (text == null || !text.isTextual() || "text".equals(type)) {
            continue;
          }
          boolean choice = "checkbox".equals(type) && "label".equals(property);
          double px = choice ? BOX_PX + CHOICE_CHAR_PX * text.asText().length()
              : LABEL_CHAR_PX * text.asText().length();
          checkFit(problems, where + " " + property, text.asText(), px + (required ? ASTERISK_PX : 0), fieldPx);
        }
        if ("select".equals(type)) {
          for (JsonNode value : component.path("values")) {
            String label = value.path("label").asText("");
            checkFit(problems, where + " choice '" + value.path("value").asText() + "' when chosen", label,
                SELECT_CHAR_PX * label.length(), fieldPx - SELECT_ICONS_PX);
          }
        }
        if ("radio".equals(type) || "checklist".equals(type)) {
          for (JsonNode value : component.path("values")) {
            String label = value.path("label").asText("");
            checkFit(problems, where + " choice '" + value.path("value").asText() + "'", label,
                BOX_PX + CHOICE_CHAR_PX * label.length(), fieldPx);
          }
        }
        if (component.path("components").isArray()) {
          fit(form, component.get("components"), "dynamiclist".equals(type) ? LIST_ROW_PX : fieldPx + 16, problems);
        }
      }
    }
  }

  static void checkFit(List<String> problems, String where, String text, double px, double fieldPx) {
    if (px > fieldPx * TOLERANCE) {
      problems.add(where + ": \"" + text + "\" takes about " + Math.round(px) + " px");
    }
  }

  @Test
  void theRuleTellsKazakhFromRussian() {
    assertThat(pairProblem("Өтінім / Заявка")).isNull();
    assertThat(pairProblem("Аты / Имя")).isNull();
    assertThat(pairProblem("Жетісу облысы / область Жетісу")).isNull();
    assertThat(pairProblem("https://..., ең көбі 500 таңба / https://..., не более 500 символов")).isNull();
    assertThat(pairProblem("Нөмірі / №")).isNull();
    assertThat(pairProblem("Application / Заявка")).contains("Cyrillic");
    assertThat(pairProblem("Нөмірі / No.")).contains("Cyrillic");
    assertThat(pairProblem("Заявка")).contains("two halves");
    assertThat(pairProblem("Өтінім / ")).contains("empty");
    assertThat(pairProblem("Конкурс / Конкурс")).contains("same");
    assertThat(pairProblem("Бос лауазымды жабу / Закрыть вакансию")).isNull();
    assertThat(pairProblem("Конкурс туралы хабарландыруды жариялау / Опубликовать объявление")).isNull();
    assertThat(pairProblem("Номер заявки кандидата / Үміткердің өтінім нөмірі")).contains("Kazakh");
    assertThat(pairProblem("Результаты проверки документов / Құжаттарды тексеру нәтижесі")).contains("Kazakh");
    assertThat(pairProblem("Дата начала стажировки / Басталуы")).contains("Kazakh");
    assertThat(pairProblem("Заявка / Өтінім")).contains("Russian half");
    assertThat(pairProblem("Ө / Заявка / Өтінім")).contains("two halves");
    assertThat(pairProblem("=\"Өтінім \" + applicationNumber + \" / Заявка \" + applicationNumber")).isNull();
    assertThat(pairProblem("=if passed then \"Өтті / Прошёл\" else \"Өтпеді / Не прошёл\"")).isNull();
    assertThat(pairProblem("=if passed then \"Passed\" else \"Не прошёл\"")).isNotNull();
    assertThat(pairProblem("{{applicationNumber}} өтінімі / Заявка {{applicationNumber}}")).isNull();

    assertThat(textProblem("### Тексеру / Проверка\nҚұжаттарды өтініммен салыстырыңыз.\n\nСверьте документы.")).isNull();
    assertThat(textProblem("### Тексеру / Проверка\nCompare the documents.\n\nСверьте документы.")).contains("Cyrillic");
    assertThat(textProblem("### Тексеру / Проверка\nСверьте документы.\n\nҚұжаттарды өтініммен салыстырыңыз."))
        .contains("before");
    assertThat(textProblem("### Тексеру / Проверка\nҚұжаттарды өтініммен салыстырыңыз.")).contains("Russian");
    assertThat(textProblem("### Check / Проверка\nҚұжаттарды өтініммен салыстырыңыз.\n\nСверьте документы."))
        .contains("heading");
  }

  /** Checks the components (and those nested in groups and dynamic lists); returns how many texts it checked. */
  static int check(String form, JsonNode components, List<String> problems) {
    int checked = 0;
    for (JsonNode component : components) {
      String where = form + " " + component.path("id").asText("(no id)")
          + (component.hasNonNull("key") ? " (" + component.get("key").asText() + ")" : "");
      for (String property : PAIRED) {
        JsonNode text = component.get(property);
        if (text != null && text.isTextual()) {
          checked++;
          report(problems, where + " " + property, text.asText(), pairProblem(text.asText()));
        }
      }
      if (component.path("values").isArray()) {
        for (JsonNode value : component.get("values")) {
          checked++;
          String label = value.path("label").asText("");
          report(problems, where + " choice '" + value.path("value").asText() + "'", label, pairProblem(label));
        }
      }
      if ("text".equals(component.path("type").asText())) {
        checked++;
        String text = component.path("text").asText("");
        report(problems, where + " text", text, textProblem(text));
      }
      if (component.path("components").isArray()) {
        checked += check(form, component.get("components"), problems);
      }
    }
    return checked;
  }

  static void report(List<String> problems, String where, String text, String problem) {
    if (problem != null) {
      problems.add(where + ": " + problem + " in \"" + text.replace("\n", "\\n") + "\"");
    }
  }

  /** Why the text is not {@code "<kk> / <ru>"}, or null when it is. */
  static String pairProblem(String text) {
    if (text.startsWith("=")) {
      return expressionProblem(text.substring(1));
    }
    String plain = withoutTemplates(text);
    String[] halves = plain.split(Pattern.quote(SEPARATOR), -1);
    if (halves.length != 2) {
      return "not two halves around \"" + SEPARATOR + "\" (found " + halves.length + ")";
    }
    String kk = halves[0].strip();
    String ru = halves[1].strip();
    if (kk.isEmpty() || ru.isEmpty()) {
      return "an empty half";
    }
    if (kk.equalsIgnoreCase(ru)) {
      return "the same text in both halves";
    }
    if (!cyrillicOrSign(kk) || !cyrillicOrSign(ru)) {
      return "a half without Cyrillic letters (English left?)";
    }
    List<String> kkWords = cyrillicWords(kk);
    if (kkWords.size() >= 3 && kkWords.stream().noneMatch(FormLanguagesTest::hasKazakhLetter)) {
      List<String> russian = kkWords.stream().filter(FormLanguagesTest::looksRussian).toList();
      if (!russian.isEmpty() || kkWords.stream().noneMatch(FormLanguagesTest::hasKazakhEnding)) {
        return "the first half has " + kkWords.size() + " words, no Kazakh letter (ә ғ қ ң ө ұ ү һ і)"
            + (russian.isEmpty() ? " and no Kazakh ending" : " and Russian-looking " + russian) + ": not Kazakh?";
      }
    }
    List<String> kkLower = kkWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    for (String word : cyrillicWords(ru)) {
      if (hasKazakhLetter(word) && !kkLower.contains(word.toLowerCase(Locale.ROOT))) {
        return "the Russian half has the Kazakh word \"" + word + "\": halves swapped or not translated?";
      }
    }
    return null;
  }

  /** A FEEL expression passes when its literals read as a pair in order, or when each literal with " / " does. */
  static String expressionProblem(String expression) {
    List<String> literals = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    Matcher literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(expression);
    int last = 0;
    while (literal.find()) {
      if (!expression.substring(last, literal.start()).isBlank()) {
        joined.append(PLACEHOLDER);
      }
      String value = literal.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
      literals.add(value);
      joined.append(value);
      last = literal.end();
    }
    if (literals.isEmpty()) {
      return "an expression without text";
    }
    if (!expression.substring(last).isBlank()) {
      joined.append(PLACEHOLDER);
    }
    String together = pairProblem(joined.toString());
    if (together == null) {
      return null;
    }
    List<String> pairs = literals.stream().filter(l -> l.contains(SEPARATOR)).toList();
    if (pairs.isEmpty()) {
      return "expression: " + together;
    }
    for (String pair : pairs) {
      String problem = pairProblem(pair);
      if (problem != null) {
        return "expression literal \"" + pair + "\": " + problem;
      }
    }
    return null;
  }

  /** Why the Markdown is not headings in "<kk> / <ru>", Kazakh paragraphs, then Russian ones; or null. */
  static String textProblem(String markdown) {
    String plain = withoutTemplates(markdown);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : plain.split("\n", -1)) {
      if (line.startsWith("#")) {
        String heading = line.replaceFirst("^#+\\s*", "");
        String problem = pairProblem(heading);
        if (problem != null) {
          return "heading \"" + heading + "\": " + problem;
        }
        flush(paragraph, paragraphs);
      } else if (line.isBlank()) {
        flush(paragraph, paragraphs);
      } else {
        paragraph.append(line).append(' ');
      }
    }
    flush(paragraph, paragraphs);
    boolean kazakh = false;
    boolean russian = false;
    for (String p : paragraphs) {
      List<String> words = cyrillicWords(p);
      if (words.isEmpty()) {
        if (p.chars().anyMatch(Character::isLetter)) {
          return "a paragraph without Cyrillic (English left?): \"" + p.strip() + "\"";
        }
        continue;
      }
      long withKazakh = words.stream().filter(FormLanguagesTest::hasKazakhLetter).count();
      if (withKazakh >= KAZAKH_SHARE * words.size()) {
        if (russian) {
          return "a Kazakh paragraph after a Russian one (Kazakh comes before Russian)";
        }
        kazakh = true;
      } else {
        russian = true;
      }
    }
    if (!kazakh) {
      return "no Kazakh paragraph";
    }
    if (!russian) {
      return "no Russian paragraph";
    }
    return null;
  }

  static void flush(StringBuilder paragraph, List<String> paragraphs) {
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph.toString());
      paragraph.setLength(0);
    }
  }

  static String withoutTemplates(String text) {
    return text.replaceAll("\\{\\{.*?}}", PLACEHOLDER);
  }

  /** Kazakh case and word-forming endings that end hardly any Russian word: лауазым-ды, тура-лы, жария-лау. */
  static final Pattern KAZAKH_ENDING = Pattern.compile(".{2,}(?:ды|ді|ны|ні|ты|ті|лы|лі|лау|леу|дау|деу|тау|теу)");
  /** Letters Kazakh writes only in unassimilated loans, Russian inflections, and Russian function words. */
  static final Pattern RUSSIAN_WORD = Pattern.compile(".*[ёъьэщ].*"
      + "|.+(?:ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ых|ыми|ими|ов|ев|ние|ость|ости|ться|ать|ить|ять|еть|ует|ют)"
      + "|и|в|во|на|с|со|по|для|или|при|из|к|о|об|без|что|как|до|за|от|не");

  static boolean hasKazakhEnding(String word) {
    return KAZAKH_ENDING.matcher(word.toLowerCase(Locale.ROOT)).matches();
  }

  static boolean looksRussian(String word) {
    return RUSSIAN_WORD.matcher(word.toLowerCase(Locale.ROOT)).matches();
  }

  /** Cyrillic letters, or no letters at all: a sign such as "№" or "%" is the same word in both languages. */
  static boolean cyrillicOrSign(String half) {
    return hasCyrillic(half) || half.codePoints().noneMatch(Character::isLetter);
  }

  static boolean hasCyrillic(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
  }

  static boolean hasKazakhLetter(String word) {
    return word.chars().anyMatch(c -> KAZAKH_LETTERS.indexOf(c) >= 0);
  }

  /** The words that have a Cyrillic letter ("ПШО", "аты-жөні"); numbers, Latin and punctuation are left out. */
  static List<String> cyrillicWords(String text) {
    return Arrays.stream(text.split("[^\\p{L}\\p{M}-]+")).filter(FormLanguagesTest::hasCyrillic).toList();
  }

  static List<Path> forms() throws IOException {
    try (Stream<Path> files = Files.list(FORMS)) {
      return files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
    }
  }
}
