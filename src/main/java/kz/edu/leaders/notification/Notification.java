package kz.edu.leaders.notification;

import java.util.Map;
import java.util.Set;
import kz.edu.leaders.common.Language;

/**
 * One message to queue: {@code key} names the event it tells of, once per recipient (a retried command or a re-run
 * gives the same key, and nothing more is queued); {@code event} names its texts; {@code values} fill them in.
 * {@code secrets} are strings in the message that only its recipient may read (a personal link's token): the mail
 * carries them, administrators see them cut to their last four characters.
 */
public record Notification(String key, String event, RecipientKind recipientKind, String recipientRef,
                           String address, Language language, Map<String, Object> values, Set<String> secrets) {

  public enum RecipientKind { CANDIDATE, OFFICIAL, PARTICIPANT }

  public Notification {
    secrets = secrets == null ? Set.of() : Set.copyOf(secrets);
  }

  /** A message without secrets. */
  public Notification(String key, String event, RecipientKind recipientKind, String recipientRef, String address,
                      Language language, Map<String, Object> values) {
    this(key, event, recipientKind, recipientRef, address, language, values, Set.of());
  }

  public static Notification toCandidate(String key, String event, String applicationNumber, String address,
                                         Language language, Map<String, Object> values) {
    return new Notification(key, event, RecipientKind.CANDIDATE, applicationNumber, address, language, values);
  }
}
