package kz.edu.leaders.notification;

/**
 * A way of reaching a recipient (e-mail now; SMS would be another): the outbox hands it a rendered message and reads
 * its answer. Implementations throw {@link Refused} when the other side answered no (kept as the reason, counted as
 * an attempt) and {@link Unreachable} when it could not be asked (the row waits, not counted).
 */
public interface NotificationChannel {

  /** The name kept on each row, e.g. EMAIL. */
  String name();

  void send(Outgoing message) throws Refused, Unreachable;

  /** What a channel sends: the address in the channel's terms, and the rendered texts. */
  record Outgoing(long id, String address, String subject, String body) {}

  class Refused extends Exception {
    public Refused(String answer, Throwable cause) {
      super(answer, cause);
    }
  }

  class Unreachable extends Exception {
    public Unreachable(String reason, Throwable cause) {
      super(reason, cause);
    }
  }
}
