package kz.edu.leaders.common;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages people read the system in. A request names one in the cookie the language switch of the webapps
 * and the public pages sets ({@value #COOKIE}, see public/leaders/language.js), or else in its Accept-Language
 * header (browsers send the user's languages with every call, Tasklist's included); one that names none of them
 * gets Kazakh and Russian both, so that nobody is answered in a language they did not ask for and may not read.
 */
public enum Language {
  KK("kk"), RU("ru"), EN("en"), KK_AND_RU(null);

  /** The switch's cookie: its value is kk, ru or en. */
  public static final String COOKIE = "leaders-language";

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** kk, ru or en; null for Kazakh and Russian side by side. */
  public String tag() {
    return tag;
  }

  /** The language of a tag: kk, ru or en. */
  public static Optional<Language> ofTag(String tag) {
    return Arrays.stream(values()).filter(l -> l.tag != null && l.tag.equals(tag)).findFirst();
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

  /** The switch's choice if the cookie holds one of ours, else the first of ours among the acceptable languages. */
  public static Language of(String chosen, List<Locale> acceptable) {
    return ofTag(chosen).orElseGet(() -> of(acceptable));
  }

  /**
   * The language of an HTTP request: the switch's cookie, else its Accept-Language header (the servlet's default
   * locale, which it gives without the header, is not a choice).
   */
  public static Language of(HttpServletRequest request) {
    if (request == null) {
      return KK_AND_RU;
    }
    List<Locale> acceptable = request.getHeader("Accept-Language") == null
        ? List.of() : Collections.list(request.getLocales());
    return of(chosen(request.getCookies()), acceptable);
  }

  private static String chosen(Cookie[] cookies) {
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }

  public static Language of(Locale locale) {
    return of(locale == null ? List.of() : List.of(locale));
  }
}
