package kz.edu.leaders.selection;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.web.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public lookup of an application's status (issue 21 part 5), without login: the candidate gives the number and
 * the IIN and reads what the portal shows, nothing else. A wrong pair is answered exactly as an unknown number (one
 * query either way), so the lookup cannot tell whether someone applied; the public endpoints' rate limit
 * ({@code leaders.public.rate-limit.policies.application-status}, web/PublicRateLimit) keeps anyone from trying IINs.
 */
@RestController
public class StatusLookup {

  static final Pattern NUMBER = Pattern.compile("RS-\\d{4}-\\d{6}");
  static final Pattern IIN = Pattern.compile("\\d{12}");

  private final ApplicationRepository applications;
  private final ApplicationStatus statuses;

  public StatusLookup(ApplicationRepository applications, ApplicationStatus statuses) {
    this.applications = applications;
    this.statuses = statuses;
  }

  public record Question(String applicationNumber, String iin) {}

  @PostMapping("/public/api/application-status")
  public ResponseEntity<ApplicationStatus.View> lookUp(@RequestBody Question question, HttpServletRequest request) {
    String number = question.applicationNumber() == null ? "" : question.applicationNumber().trim().toUpperCase();
    String iin = question.iin() == null ? "" : question.iin().trim();
    // Shape only: it says nothing about who applied.
    if (!NUMBER.matcher(number).matches() || !IIN.matcher(iin).matches()) {
      throw Refusal.of(400, "selection.lookup.badQuestion");
    }
    if (!applications.isOf(number, iin)) {
      throw Refusal.of(404, "selection.lookup.notFound");
    }
    ApplicationStatus.View view = statuses.of(number, Language.of(request))
        .orElseThrow(() -> Refusal.of(404, "selection.lookup.notFound"));
    return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(view);
  }
}
