package kz.edu.leaders.events.forum;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.events.forum.ForumParticipants.Participant;
import kz.edu.leaders.events.forum.ForumRepository.Forum;
import kz.edu.leaders.notification.Notification;
import kz.edu.leaders.notification.NotificationRepository;
import kz.edu.leaders.notification.Notifications;
import kz.edu.leaders.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal feedback links by e-mail: each participant with an address who has not answered gets one message with a
 * new link (forum-feedback-link), queued in the outbox in the transaction that stores the link's hash, once per
 * forum and participant. A participant whose link went by e-mail keeps it: a second call issues them no new token,
 * which would make the mailed link stop working. Links for the others (no address) come as CSV to print.
 */
@Service
public class FeedbackLinkMail {

  public static final String EVENT = "forum-feedback-link";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  /** What a call did: messages queued now, participants mailed by an earlier call, without an e-mail, answered. */
  public record Report(String forumNumber, int queued, int alreadySent, int noAddress, int answered) {}

  private final ForumRepository forums;
  private final ForumParticipants participants;
  private final FeedbackRepository sheets;
  private final ForumFeedback feedback;
  private final Notifications notifications;
  private final NotificationRepository outbox;
  private final ZoneId zone;

  public FeedbackLinkMail(ForumRepository forums, ForumParticipants participants, FeedbackRepository sheets,
                          ForumFeedback feedback, Notifications notifications, NotificationRepository outbox,
                          @Value("${leaders.calendar.zone}") String zone) {
    this.forums = forums;
    this.participants = participants;
    this.sheets = sheets;
    this.feedback = feedback;
    this.notifications = notifications;
    this.outbox = outbox;
    this.zone = ZoneId.of(zone);
  }

  static String key(String forum, int participantNo) {
    return "forum:" + forum + ":feedback-link:" + participantNo;
  }

  /** Mails a new link to each participant with an address whose link has not gone by e-mail yet. */
  @Transactional
  public Report send(String number, String by, String linkBase) {
    Forum forum = locked(number);
    Set<Long> answered = new HashSet<>(sheets.answeredIn(number));
    int alreadySent = 0;
    int noAddress = 0;
    int answeredCount = 0;
    Set<Long> toMail = new HashSet<>();
    for (Participant participant : participants.list(number)) {
      if (answered.contains(participant.id())) {
        answeredCount++;
      } else if (participant.email() == null || participant.email().isBlank()) {
        noAddress++;
      } else if (mailed(number, participant)) {
        alreadySent++;
      } else {
        toMail.add(participant.id());
      }
    }
    int queued = 0;
    for (ForumFeedback.Link link : feedback.issueLinks(number, by, p -> toMail.contains(p.id()))) {
      Participant participant = link.participant();
      String url = linkBase + "#" + link.token();
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("name", participant.fullName());
      values.put("forum", forum.title());
      values.put("firstDay", DAY.format(forum.firstDay()));
      values.put("lastDay", DAY.format(forum.lastDay()));
      values.put("oneDay", forum.firstDay().equals(forum.lastDay()));
      values.put("severalDays", !forum.firstDay().equals(forum.lastDay()));
      values.put("venue", forum.venue());
      values.put("link", url);
      values.put("closesAt", WHEN.format(forum.feedbackClosesAt().atZone(zone)));
      // No language is asked at the forum's registration: Kazakh and Russian both.
      if (notifications.queue(new Notification(key(number, participant.number()), EVENT,
          Notification.RecipientKind.PARTICIPANT, number + "/" + participant.number(), participant.email(),
          Language.KK_AND_RU, values, Set.of(link.token())))) {
        queued++;
      }
    }
    return new Report(number, queued, alreadySent, noAddress, answeredCount);
  }

  /**
   * New links, for printing or handing out, of the participants who have not answered and whose link did not go by
   * e-mail (no address, or not mailed yet); a mailed link is not replaced.
   */
  @Transactional
  public List<ForumFeedback.Link> withoutMail(String number, String by) {
    locked(number);
    return feedback.issueLinks(number, by, participant -> !mailed(number, participant));
  }

  private boolean mailed(String number, Participant participant) {
    return !outbox.findByKey(key(number, participant.number())).isEmpty();
  }

  /** Two officers' calls at once run one after the other: each participant's link is issued and mailed once. */
  private Forum locked(String number) {
    return forums.lock(number).orElseThrow(() -> Refusal.of(404, "forum.notFound", number));
  }
}
