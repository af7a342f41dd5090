package kz.edu.leaders.events.forum;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.common.CsvTable;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.events.forum.ForumParticipants.Participant;
import kz.edu.leaders.events.forum.ForumRepository.Forum;
import kz.edu.leaders.events.forum.ForumRepository.Session;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.web.Refusal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The forums' API. The region's forum organisers register participants (CSV or JSON), send the feedback links and
 * read everything of their region's forums; administrators likewise everywhere; observers read every forum and its
 * summary without the participants' names. A forum of another region answers 404; anyone else 403.
 */
@RestController
@RequestMapping("/api/forums")
public class ForumController {

  static final int MAX_ROWS = 5_000;

  public record ForumView(String forumNumber, String title, String region, LocalDate firstDay, LocalDate lastDay,
                          String venue, String coOrganisers, String status, int registered, Instant feedbackClosesAt,
                          Instant feedbackClosedAt, List<Session> sessions, List<Participant> participants) {}

  private final ForumRepository forums;
  private final ForumParticipants participants;
  private final ForumRegistration registration;
  private final FeedbackLinkMail mail;
  private final ForumSummary summaries;
  private final IdentityService identityService;

  public ForumController(ForumRepository forums, ForumParticipants participants, ForumRegistration registration,
                         FeedbackLinkMail mail, ForumSummary summaries, IdentityService identityService) {
    this.forums = forums;
    this.participants = participants;
    this.registration = registration;
    this.mail = mail;
    this.summaries = summaries;
    this.identityService = identityService;
  }

  @GetMapping
  public List<ForumView> list() {
    Authentication user = reader();
    Collection<Region> regions = ForumGroups.readsAll(user.getGroupIds()) ? null
        : Groups.regionsOf(Groups.FORUM_ORGANISERS, user.getGroupIds());
    return forums.list(regions).stream().map(f -> view(f, List.of(), List.of())).toList();
  }

  @GetMapping("/{number}")
  public ForumView forum(@PathVariable String number) {
    Authentication user = reader();
    Forum forum = readable(number, user);
    List<Participant> names = ForumGroups.organisesIn(user.getGroupIds(), forum.region())
        ? participants.list(number) : List.of();
    return view(forum, forums.sessions(number), names);
  }

  @GetMapping("/{number}/summary")
  public ForumSummary.Summary summary(@PathVariable String number) {
    readable(number, reader());
    return summaries.of(number);
  }

  @PostMapping(path = "/{number}/participants", consumes = {"text/csv", "text/plain"})
  public RegistrationReport registerCsv(@PathVariable String number, @RequestBody String csv,
                                        HttpServletRequest request) {
    Authentication user = organiser(number);
    List<ParticipantRow> rows = CsvTable.parse(csv, ParticipantRow.REQUIRED, ParticipantRow.OPTIONAL).stream()
        .map(ParticipantRow::of).toList();
    limit(rows.size());
    return registration.register(number, rows, user.getUserId()).in(Language.of(request));
  }

  @PostMapping(path = "/{number}/participants", consumes = "application/json")
  public RegistrationReport registerJson(@PathVariable String number, @RequestBody List<Map<String, Object>> json,
                                         HttpServletRequest request) {
    Authentication user = organiser(number);
    limit(json.size());
    List<ParticipantRow> rows = new ArrayList<>();
    for (int i = 0; i < json.size(); i++) {
      rows.add(ParticipantRow.of(i + 1, json.get(i)));
    }
    return registration.register(number, rows, user.getUserId()).in(Language.of(request));
  }

  /**
   * Personal feedback links. By default they go by e-mail: each participant with an address who has not answered and
   * has not been mailed a link yet gets one (forum-feedback-link), and the answer counts what was queued now, who had
   * been mailed before (their link stays), who has no address and who answered already. {@code ?format=csv} (or
   * {@code Accept: text/csv}) answers instead new links of those the e-mail did not reach (no address, or not mailed
   * yet), as CSV to print or hand out; a mailed link is never replaced by it. The CSV's tokens are shown only then.
   */
  @PostMapping("/{number}/feedback-links")
  public ResponseEntity<?> feedbackLinks(@PathVariable String number,
                                         @RequestParam(required = false) String format,
                                         @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
      throws java.io.IOException {
    Authentication user = organiser(number);
    boolean csv;
    if (format == null) {
      csv = asksForCsv(accept);
    } else if (format.equals("csv") || format.equals("email")) {
      csv = format.equals("csv");
    } else {
      throw Refusal.of(400, "forum.feedback.badFormat", format);
    }
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/forum-feedback/").toUriString();
    if (!csv) {
      return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
          .body(mail.send(number, user.getUserId(), base));
    }
    StringBuilder table = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(table, CSVFormat.DEFAULT.builder().setDelimiter(';')
        .setHeader("participant_no", "full_name", "organisation", "email", "phone", "link").get())) {
      for (ForumFeedback.Link link : mail.withoutMail(number, user.getUserId())) {
        Participant p = link.participant();
        printer.printRecord(p.number(), p.fullName(), p.organisation(), p.email(), p.phone(),
            base + "#" + link.token());
      }
    }
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + number + "-feedback-links.csv\"")
        .body(table.toString());
  }

  private static boolean asksForCsv(String accept) {
    try {
      return accept != null && MediaType.parseMediaTypes(accept).stream()
          .anyMatch(type -> "text".equals(type.getType()) && "csv".equals(type.getSubtype()));
    } catch (org.springframework.http.InvalidMediaTypeException e) {
      return false;
    }
  }

  private ForumView view(Forum f, List<Session> sessions, List<Participant> names) {
    return new ForumView(f.number(), f.title(), f.region().name(), f.firstDay(), f.lastDay(), f.venue(),
        f.coOrganisers(), f.status(), participants.count(f.number()), f.feedbackClosesAt(), f.feedbackClosedAt(),
        sessions, names);
  }

  /** Organisers, administrators and observers read forums; anyone else is refused. */
  private Authentication reader() {
    Authentication user = identityService.getCurrentAuthentication();
    Set<String> groups = user == null || user.getGroupIds() == null ? Set.of() : Set.copyOf(user.getGroupIds());
    if (user == null || !(ForumGroups.readsAll(groups) || groups.contains(Groups.FORUM_ORGANISERS))) {
      throw Refusal.of(403, "request.forbidden");
    }
    return user;
  }

  private Forum readable(String number, Authentication user) {
    Forum forum = forums.find(number).orElseThrow(() -> notFound(number));
    if (!ForumGroups.readsAll(user.getGroupIds()) && !ForumGroups.organisesIn(user.getGroupIds(), forum.region())) {
      throw notFound(number);
    }
    return forum;
  }

  /** The caller organises forums of the forum's region; for another region's organiser the forum does not exist. */
  private Authentication organiser(String number) {
    Authentication user = reader();
    Forum forum = forums.find(number).orElseThrow(() -> notFound(number));
    if (!ForumGroups.organisesIn(user.getGroupIds(), forum.region())) {
      if (ForumGroups.readsAll(user.getGroupIds())) {
        throw Refusal.of(403, "request.forbidden");
      }
      throw notFound(number);
    }
    return user;
  }

  private static Refusal notFound(String number) {
    return Refusal.of(404, "forum.notFound", number);
  }

  private static void limit(int rows) {
    if (rows > MAX_ROWS) {
      throw InvalidSubmissionException.of("rows", "forum.tooManyRows", MAX_ROWS);
    }
  }
}
