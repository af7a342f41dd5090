package kz.edu.leaders.selection;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.web.Refusal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public lookup of an application's status (issue 21 part 5), without login: the candidate gives the number and
 * the IIN and reads what the portal shows, nothing else. A wrong pair is answered exactly as an unknown number (one
 * query either way), so the lookup cannot tell whether someone applied; and each client address may ask
 * {@code leaders.selection.status-lookup.attempts} times per {@code window} on a node, so the IIN cannot be guessed.
 */
@RestController
public class StatusLookup {

  static final Pattern NUMBER = Pattern.compile("RS-\\d{4}-\\d{6}");
  static final Pattern IIN = Pattern.compile("\\d{12}");

  private final ApplicationRepository applications;
  private final ApplicationStatus statuses;
  private final Settings settings;
  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
  private Clock clock = Clock.systemUTC();

  public StatusLookup(ApplicationRepository applications, ApplicationStatus statuses, Settings settings) {
    this.applications = applications;
    this.statuses = statuses;
    this.settings = settings;
  }

  void setClock(Clock clock) {
    this.clock = clock;
  }

  public record Question(String applicationNumber, String iin) {}

  @PostMapping("/public/api/application-status")
  public ResponseEntity<ApplicationStatus.View> lookUp(@RequestBody Question question, HttpServletRequest request) {
    String number = question.applicationNumber() == null ? "" : question.applicationNumber().trim().toUpperCase();
    String iin = question.iin() == null ? "" : question.iin().trim();
    // Shape only: it says nothing about who applied, and costs no attempt.
    if (!NUMBER.matcher(number).matches() || !IIN.matcher(iin).matches()) {
      throw Refusal.of(400, "selection.lookup.badQuestion");
    }
    Duration retry = admit(request.getRemoteAddr());
    if (retry != null) {
      throw Refusal.of(429, "selection.lookup.tooMany", Math.max(1, (retry.toSeconds() + 59) / 60));
    }
    if (!applications.isOf(number, iin)) {
      throw Refusal.of(404, "selection.lookup.notFound");
    }
    ApplicationStatus.View view = statuses.of(number, Language.of(request))
        .orElseThrow(() -> Refusal.of(404, "selection.lookup.notFound"));
    return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(view);
  }

  /** Counts the attempt; null if it may go on, else how long until the oldest of the window's attempts expires. */
  synchronized Duration admit(String client) {
    Instant now = clock.instant();
    Deque<Instant> recent = attempts.computeIfAbsent(client, c -> new ArrayDeque<>());
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(settings.getWindow()))) {
      recent.pollFirst();
    }
    if (recent.size() >= settings.getAttempts()) {
      return Duration.between(now, recent.peekFirst().plus(settings.getWindow()));
    }
    recent.addLast(now);
    if (attempts.size() > 100_000) {
      // Many addresses at once: forget those with nothing recent rather than grow without end.
      attempts.entrySet().removeIf(e -> e.getValue().isEmpty()
          || !e.getValue().peekLast().isAfter(now.minus(settings.getWindow())));
    }
    return null;
  }

  /** {@code leaders.selection.status-lookup.*}. */
  @org.springframework.stereotype.Component("statusLookupSettings")
  @ConfigurationProperties(prefix = "leaders.selection.status-lookup")
  public static class Settings {
    /** Lookups one client address may make per window (right or wrong alike). */
    private int attempts = 10;
    private Duration window = Duration.ofMinutes(10);

    public int getAttempts() {
      return attempts;
    }

    public void setAttempts(int attempts) {
      this.attempts = attempts;
    }

    public Duration getWindow() {
      return window;
    }

    public void setWindow(Duration window) {
      this.window = window;
    }
  }
}
