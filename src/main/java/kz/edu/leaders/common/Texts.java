package kz.edu.leaders.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What the server says to people, in Kazakh, Russian and English: the catalogue {@code messages/texts*.properties}
 * (UTF-8), one code per message, the code also given to machines. Arguments are text already (a number formatted by
 * the locale would print the year 2026 as "2 026").
 */
public final class Texts {

  static final String BUNDLE = "messages/texts";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Texts() {}

  public static String render(String code, List<String> args, Language language) {
    if (language == Language.KK_AND_RU) {
      String kk = render(code, args, Language.KK);
      String ru = render(code, args, Language.RU);
      return kk.equals(ru) ? kk : kk + " / " + ru;
    }
    return MessageFormat.format(pattern(code, language.locale()), args.toArray());
  }

  public static String render(String code, Language language, Object... args) {
    return render(code, Arrays.stream(args).map(String::valueOf).toList(), language);
  }

  /** Whether the catalogue of every language has the code (a test walks every code the code base uses). */
  public static boolean known(String code) {
    for (Language language : List.of(Language.KK, Language.RU, Language.EN)) {
      try {
        bundle(language.locale()).getString(code);
      } catch (MissingResourceException e) {
        return false;
      }
    }
    return true;
  }

  private static String pattern(String code, Locale locale) {
    try {
      return bundle(locale).getString(code);
    } catch (MissingResourceException e) {
      // A code without a text is a bug; show the code rather than nothing.
      return code;
    }
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("en") ? Locale.ROOT : locale, NO_FALLBACK);
  }
}
