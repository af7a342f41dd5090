/**
 * Notifications to candidates and officials (issue 21), never lost and never sent twice: a transactional outbox.
 * The place that decides something ({@link kz.edu.leaders.notification.Notifications#queue}) writes a rendered
 * message with a key per event in its own transaction; {@link kz.edu.leaders.notification.NotificationWorker} claims
 * due rows (safely with several nodes), sends them after the commit through a
 * {@link kz.edu.leaders.notification.NotificationChannel} (e-mail now) and records the answer, retrying with backoff.
 * Texts are Mustache files under {@code resources/notifications/}, one per event and language. docs/notifications.md.
 */
package kz.edu.leaders.notification;
