package kz.edu.leaders.notification;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Reason;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The texts of notifications: {@code notifications/<event>.<kk|ru>.txt}, Mustache, plain text. A file's first line is
 * the subject, the rest (after an empty line) the body. A value the text names but the event does not give is an
 * error (Mustache's default), so a test that renders every template with its event's values finds it
 * (NotificationTemplatesTest). A value that reads differently per language (a {@link Reason}, a {@link Reason.Named})
 * is said in the message's language.
 */
@Component
public class NotificationTemplates {

  static final String FOLDER = "notifications/";
  /** Twelve digits in a row: what an IIN looks like. No message carries one. */
  private static final Pattern IIN_LIKE = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");
  private static final String BETWEEN_LANGUAGES = "\n\n* * *\n\n";

  private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).strictSections(true);
  private final Map<String, Template[]> compiled = new ConcurrentHashMap<>();

  public record Rendered(String subject, String body) {}

  /** The message in the language; Kazakh and Russian both, one after the other, for {@link Language#KK_AND_RU}. */
  public Rendered render(String event, Language language, Map<String, Object> values) {
    if (language == Language.KK_AND_RU || language == Language.EN) {
      Rendered kk = render(event, Language.KK, values);
      Rendered ru = render(event, Language.RU, values);
      return new Rendered(kk.subject() + " / " + ru.subject(), kk.body().strip() + BETWEEN_LANGUAGES + ru.body());
    }
    Template[] parts = compiled.computeIfAbsent(event + "." + language.tag(), this::compile);
    Map<String, Object> said = in(language, values);
    try {
      Rendered rendered = new Rendered(parts[0].execute(said).strip(), parts[1].execute(said).strip() + "\n");
      if (IIN_LIKE.matcher(rendered.subject()).find() || IIN_LIKE.matcher(rendered.body()).find()) {
        throw new IllegalArgumentException("notification " + event + " would carry an IIN-like number");
      }
      return rendered;
    } catch (MustacheException e) {
      throw new IllegalArgumentException("notification " + event + "." + language.tag() + ": " + e.getMessage(), e);
    }
  }

  /** Whether texts for the event exist in both languages. */
  public boolean has(String event) {
    return new ClassPathResource(FOLDER + event + ".kk.txt").exists()
        && new ClassPathResource(FOLDER + event + ".ru.txt").exists();
  }

  private Template[] compile(String name) {
    ClassPathResource file = new ClassPathResource(FOLDER + name + ".txt");
    String text;
    try (InputStream in = file.getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("no notification text " + file.getPath(), e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int end = text.indexOf('\n');
    if (end < 0 || text.substring(0, end).isBlank()) {
      throw new IllegalStateException(file.getPath() + ": the first line must be the subject");
    }
    return new Template[] {compiler.compile(text.substring(0, end)), compiler.compile(text.substring(end + 1))};
  }

  private static Map<String, Object> in(Language language, Map<String, Object> values) {
    Map<String, Object> said = new LinkedHashMap<>();
    values.forEach((name, value) -> said.put(name, say(language, value)));
    return said;
  }

  private static Object say(Language language, Object value) {
    if (value instanceof Reason reason) {
      return reason.in(language);
    }
    if (value instanceof Reason.Named named) {
      return named.in(language);
    }
    if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Reason.class::isInstance)) {
      return Reason.in(language, list.stream().map(Reason.class::cast).toList());
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> inner = new LinkedHashMap<>();
      map.forEach((k, v) -> inner.put(String.valueOf(k), say(language, v)));
      return inner;
    }
    return value;
  }
}
