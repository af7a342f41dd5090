package kz.edu.leaders.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.web.Refusal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox for administrators (camunda-admin) only: what was queued and sent, to whom, with the rendered text, the
 * state and the server's last answer; failed ones can be sent again. Addresses are personal data: nobody else reads
 * them here.
 */
@RestController
@RequestMapping("/api/notifications")
public class NotificationController {

  static final int MAX_PAGE_SIZE = 200;

  private final NotificationRepository outbox;
  private final NotificationWorker worker;
  private final IdentityService identityService;

  public NotificationController(NotificationRepository outbox, NotificationWorker worker,
                                IdentityService identityService) {
    this.outbox = outbox;
    this.worker = worker;
    this.identityService = identityService;
  }

  @GetMapping
  public Page list(@RequestParam(required = false) String state,
                   @RequestParam(required = false) String recipientKind,
                   @RequestParam(required = false) String event,
                   @RequestParam(required = false) String recipient,
                   @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "50") int size) {
    requireAdministrator();
    if (state != null && !NotificationRepository.STATES.contains(state)) {
      throw Refusal.of(400, "notification.badFilter", "state", state, String.join(", ",
          NotificationRepository.STATES));
    }
    List<String> kinds = Arrays.stream(Notification.RecipientKind.values()).map(Enum::name).toList();
    if (recipientKind != null && !kinds.contains(recipientKind)) {
      throw Refusal.of(400, "notification.badFilter", "recipientKind", recipientKind, String.join(", ", kinds));
    }
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw Refusal.of(400, "notification.badPage", MAX_PAGE_SIZE);
    }
    List<View> items = outbox.list(state, recipientKind, event, recipient, page * size, size).stream()
        .map(View::of).toList();
    return new Page(page, size, outbox.count(state, recipientKind, event, recipient), items);
  }

  @GetMapping("/backlog")
  public Map<String, Long> backlog() {
    requireAdministrator();
    return outbox.backlog();
  }

  @GetMapping("/{id}")
  public View one(@PathVariable long id) {
    requireAdministrator();
    return View.of(found(id));
  }

  /** A failed notification queued again, its attempts counted afresh; sent by the next look of a worker. */
  @PostMapping("/{id}/resend")
  public View resend(@PathVariable long id) {
    requireAdministrator();
    NotificationRepository.Row row = found(id);
    if (row.body().isEmpty() || !outbox.resend(id)) {
      throw Refusal.of(409, "notification.notResendable", id, row.state());
    }
    worker.wakeUp();
    return View.of(found(id));
  }

  private NotificationRepository.Row found(long id) {
    return outbox.find(id).orElseThrow(() -> Refusal.of(404, "notification.notFound", id));
  }

  private void requireAdministrator() {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null || !user.getGroupIds().contains(Groups.ADMINISTRATORS)) {
      throw Refusal.of(403, "notification.adminsOnly");
    }
  }

  public record Page(int page, int size, long total, List<View> items) {}

  public record View(long id, String event, String recipientKind, String recipient, String channel, String address,
                     String language, String subject, String body, String state, int attempts, Instant nextAttemptAt,
                     String lastError, Instant createdAt, Instant sentAt, String idempotencyKey) {
    /**
     * The body an administrator reads: the redacted one when the message carries a secret (a personal link), masked
     * when it was queued by the code that knows the secret (Notifications.redacted); the mail itself has it in full.
     */
    static View of(NotificationRepository.Row row) {
      return new View(row.id(), row.event(), row.recipientKind(), row.recipientRef(), row.channel(), row.address(),
          row.language(), row.subject(), row.redactedBody() == null ? row.body() : row.redactedBody(), row.state(),
          row.attempts(),
          NotificationRepository.SENT.equals(row.state()) ? null : row.nextAttemptAt(), row.lastError(),
          row.createdAt(), row.sentAt(), row.key());
    }
  }
}
