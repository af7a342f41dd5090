package kz.edu.leaders.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why the system decided something, as a message of {@link Texts} with its arguments, so that it can be said in each
 * language. An argument that is a Reason itself (a test block's or a criterion's name) or a {@link Named} (a post)
 * is said in the same language.
 * A record keeps {@link #forRecord(List)}: Kazakh / Russian, as its readers read both.
 */
public record Reason(String code, List<Object> args) {

  /** Something with a name in each language, e.g. {@code post::name}. */
  @FunctionalInterface
  public interface Named {
    String in(Language language);
  }

  public static Reason of(String code, Object... args) {
    return new Reason(code, List.of(args));
  }

  public String in(Language language) {
    return Texts.render(code, args.stream().map(a -> a instanceof Reason r ? r.in(language)
        : a instanceof Named n ? n.in(language) : String.valueOf(a)).toList(), language);
  }

  /** The parts, each said in the language, joined by "; ". */
  public static String in(Language language, List<Reason> parts) {
    return parts.stream().map(part -> part.in(language)).collect(Collectors.joining("; "));
  }

  /** The text a record keeps: the parts in Kazakh, then in Russian ("kk / ru"; once if the two read the same). */
  public static String forRecord(List<Reason> parts) {
    String kk = in(Language.KK, parts);
    String ru = in(Language.RU, parts);
    return kk.equals(ru) ? kk : kk + " / " + ru;
  }

  public static String forRecord(Reason... parts) {
    return forRecord(Arrays.asList(parts));
  }
}
