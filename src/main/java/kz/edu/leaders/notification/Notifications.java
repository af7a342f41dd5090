package kz.edu.leaders.notification;

import java.util.Set;
import kz.edu.leaders.common.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where deciding code queues what people are told. Called inside the decision's transaction (the engine joins
 * Spring's, so a delegate's call does too): rolled back with it, committed with it, sent by the worker only after the
 * commit. A key that is queued already queues nothing.
 */
@Service
public class Notifications {

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

  private final NotificationTemplates templates;
  private final NotificationRepository outbox;
  private final NotificationWorker worker;
  private final EmailChannel email;

  public Notifications(NotificationTemplates templates, NotificationRepository outbox, NotificationWorker worker,
                       EmailChannel email) {
    this.templates = templates;
    this.outbox = outbox;
    this.worker = worker;
    this.email = email;
  }

  /** True if queued now; false if the key was queued before or the recipient has no address. */
  public boolean queue(Notification notification) {
    if (notification.address() == null || notification.address().isBlank()) {
      return false;
    }
    Language language = notification.language() == null ? Language.KK_AND_RU : notification.language();
    String languageTag = language.tag() == null || language == Language.EN ? "kk+ru" : language.tag();
    String subject;
    String body;
    String state = NotificationRepository.QUEUED;
    String error = null;
    try {
      NotificationTemplates.Rendered rendered = templates.render(notification.event(), language,
          notification.values());
      if (notification.secrets().stream().anyMatch(rendered.subject()::contains)) {
        // Only the body is shown redacted to administrators.
        throw new IllegalArgumentException("notification " + notification.event() + " would show a secret in its "
            + "subject");
      }
      subject = rendered.subject();
      body = rendered.body();
    } catch (RuntimeException e) {
      // A broken text must not undo the decision it tells of: the row shows administrators the fault (it has no
      // body, so it cannot be resent). Tests render every text with its event's values so that this does not happen.
      LOG.error("Notification {} could not be rendered", notification.key(), e);
      subject = notification.event();
      body = "";
      state = NotificationRepository.FAILED_PERMANENTLY;
      error = "template: " + e.getMessage();
    }
    boolean queued = outbox.insertOnce(notification.key(), notification.event(),
        notification.recipientKind().name(), notification.recipientRef(), email.name(), notification.address(),
        languageTag, subject, body, redacted(body, notification.secrets()), state, error);
    if (queued && TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          worker.wakeUp();
        }
      });
    }
    return queued;
  }

  /**
   * The body as administrators read it, or null when it carries no secret. Masked here, where the code that made the
   * secret says which it is, rather than by a pattern in the admin API that would have to guess what a secret looks
   * like; and kept as its own column because the worker needs the full body until the mail is sent.
   */
  static String redacted(String body, Set<String> secrets) {
    String shown = body;
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        shown = shown.replace(secret, mask(secret));
      }
    }
    return shown.equals(body) ? null : shown;
  }

  /** "…" and the last four characters: enough to tell two links apart, too little to use one. */
  static String mask(String secret) {
    return "…" + (secret.length() <= 8 ? "" : secret.substring(secret.length() - 4));
  }
}
