package kz.edu.leaders.notification;

import java.util.Map;
import kz.edu.leaders.common.Language;

/**
 * One message to queue: {@code key} names the event it tells of, once per recipient (a retried command or a re-run
 * gives the same key, and nothing more is queued); {@code event} names its texts; {@code values} fill them in.
 */
public record Notification(String key, String event, RecipientKind recipientKind, String recipientRef,
                           String address, Language language, Map<String, Object> values) {

  public enum RecipientKind { CANDIDATE, OFFICIAL }

  public static Notification toCandidate(String key, String event, String applicationNumber, String address,
                                         Language language, Map<String, Object> values) {
    return new Notification(key, event, RecipientKind.CANDIDATE, applicationNumber, address, language, values);
  }
}
