package kz.edu.leaders.appointment;

import kz.edu.leaders.common.Language;
import kz.edu.leaders.domain.Post;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import kz.edu.leaders.domain.Region;

/** Names people read for the codes stored in the appointment tables, and stored times in the rules' zone. */
public final class CaseLabels {

  private CaseLabels() {}

  /** The region's name in Kazakh and Russian, or the stored code itself if it is not a region. */
  public static String regionName(String code) {
    return regionName(code, Language.KK_AND_RU);
  }

  /** The region's name in the language, or the stored code itself if it is not a region. */
  public static String regionName(String code, Language language) {
    try {
      return code == null ? null : Region.valueOf(code).name(language);
    } catch (IllegalArgumentException e) {
      return code;
    }
  }

  /** The post's name in Kazakh and Russian, or the stored code itself if it is not a post. */
  public static String postName(String code) {
    return postName(code, Language.KK_AND_RU);
  }

  /** The post's name in the language, or the stored code itself if it is not a post. */
  public static String postName(String code, Language language) {
    try {
      return code == null ? null : Post.valueOf(code).name(language);
    } catch (IllegalArgumentException e) {
      return code;
    }
  }

  /** A stored point in time with the zone's offset (e.g. 2026-03-02T10:00+05:00). */
  public static OffsetDateTime at(Timestamp timestamp, ZoneId zone) {
    return timestamp == null ? null : timestamp.toInstant().atZone(zone).toOffsetDateTime();
  }
}
