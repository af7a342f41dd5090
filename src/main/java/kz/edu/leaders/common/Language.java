package kz.edu.leaders.common;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The languages people read the system in. A request names them in its Accept-Language header (browsers send the
 * user's languages with every call, Tasklist's included); one that names none of them gets Kazakh and Russian both,
 * so that nobody is answered in a language they did not ask for and may not read.
 */
public enum Language {
  KK("kk"), RU("ru"), EN("en"), KK_AND_RU(null);

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  public Locale locale() {
    return tag == null ? Locale.ROOT : Locale.forLanguageTag(tag);
  }

  /** The first of kk, ru and en among the request's languages, in the request's order of preference. */
  public static Language of(List<Locale> acceptable) {
    if (acceptable != null) {
      for (Locale locale : acceptable) {
        String language = locale == null ? "" : locale.getLanguage();
        for (Language candidate : values()) {
          if (candidate.tag != null && candidate.tag.equals(language)) {
            return candidate;
          }
        }
      }
    }
    return KK_AND_RU;
  }

  /** The language of an HTTP request, from its Accept-Language header (the servlet's default locale is not one). */
  public static Language of(HttpServletRequest request) {
    if (request == null || request.getHeader("Accept-Language") == null) {
      return KK_AND_RU;
    }
    return of(Collections.list(request.getLocales()));
  }

  public static Language of(Locale locale) {
    return of(locale == null ? List.of() : List.of(locale));
  }
}
