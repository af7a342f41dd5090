package kz.edu.leaders.domain;

import kz.edu.leaders.common.Language;

/** A thing's name in Kazakh, Russian and English. */
record Names(String kk, String ru, String en) {

  /** The name in the language; {@code both} for a reader who asked for none of ours (Kazakh and Russian). */
  String in(Language language, String both) {
    return switch (language) {
      case KK -> kk;
      case RU -> ru;
      case EN -> en;
      case KK_AND_RU -> both;
    };
  }
}
