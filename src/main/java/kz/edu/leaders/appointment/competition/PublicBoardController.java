package kz.edu.leaders.appointment.competition;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.domain.Region;
import org.springframework.http.CacheControl;
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

  @GetMapping("/public/api/competitions")
  public ResponseEntity<PublicBoard> board(@RequestParam(required = false) String region) {
    Region only = region(region);
    PublicBoard board = new PublicBoard(query.upcoming(only, Instant.now().minus(STILL_UPCOMING), UPCOMING_LIMIT),
        query.finished(only, FINISHED_LIMIT));
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic()).body(board);
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
