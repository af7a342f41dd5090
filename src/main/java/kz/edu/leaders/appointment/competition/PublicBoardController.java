package kz.edu.leaders.appointment.competition;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jakarta.servlet.http.HttpServletRequest;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.domain.Region;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public board of open competitions, without login (outside /api/*): upcoming interview sessions with
 * their live streams, and decided competitions with the result and the recording. The page is /board.
 */
@RestController
public class PublicBoardController {

  /** A session stays on the board as upcoming this long after it started (it may run all day). */
  static final Duration STILL_UPCOMING = Duration.ofDays(1);
  static final int UPCOMING_LIMIT = 200;
  static final int FINISHED_LIMIT = 100;

  private final PublicBoardQuery query;

  public PublicBoardController(PublicBoardQuery query) {
    this.query = query;
  }

  /**
   * The board with names in the language {@code lang} (kk, ru or en) asks for, else in the language of the request
   * (the language switch's cookie, Accept-Language), else in Kazakh and Russian. The page always names it, so that
   * a cache in between keys the answer by its address.
   */
  @GetMapping("/public/api/competitions")
  public ResponseEntity<PublicBoard> board(@RequestParam(required = false) String region,
                                           @RequestParam(required = false) String lang, HttpServletRequest request) {
    Region only = region(region);
    Language language = lang == null || lang.isBlank() ? Language.of(request) : language(lang);
    PublicBoard board = new PublicBoard(language.tag(), regions(language),
        query.upcoming(only, Instant.now().minus(STILL_UPCOMING), UPCOMING_LIMIT, language),
        query.finished(only, FINISHED_LIMIT, language));
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic())
        .varyBy(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE).body(board);
  }

  private static List<PublicBoard.RegionName> regions(Language language) {
    return Arrays.stream(Region.values()).map(r -> new PublicBoard.RegionName(r.name(), r.name(language))).toList();
  }

  private static Language language(String tag) {
    return Language.ofTag(tag.trim().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> InvalidSubmissionException.of("lang", "value.unknownLanguage", tag));
  }

  private static Region region(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return Region.valueOf(code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidSubmissionException.of("region", "value.unknownRegion", code,
          Arrays.stream(Region.values()).map(Region::name).collect(Collectors.joining(", ")));
    }
  }
}
