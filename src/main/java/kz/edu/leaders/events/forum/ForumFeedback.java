package kz.edu.leaders.events.forum;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.events.forum.FeedbackRepository.Holder;
import kz.edu.leaders.events.forum.ForumParticipants.Participant;
import kz.edu.leaders.events.forum.ForumRepository.Forum;
import kz.edu.leaders.events.forum.ForumRepository.Session;
import kz.edu.leaders.web.Refusal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback sheets of participants without accounts. Each registered participant gets a personal link with a random
 * token of 256 bits; only its SHA-256 is stored, so neither guessing nor reading the table yields a working link.
 * A link shows the forum's sessions to rate, once: the second sheet is refused (409) and changes nothing. Sheets are
 * taken from the close of registration until the feedback window closes.
 */
@Service
public class ForumFeedback {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  /** A participant's new link, for the organiser to hand out. */
  public record Link(Participant participant, String token) {}

  public record SessionToRate(int sessionNo, String title, String kind, String kindName, int day, LocalDate date,
                              String startsAt, int durationMinutes, String moderator) {}

  /** What the public page shows: the forum, its sessions, the scale; whether this link may still answer. */
  public record Sheet(String forumNumber, String title, String venue, LocalDate firstDay, LocalDate lastDay,
                      int ratingScale, boolean open, boolean submitted, List<SessionToRate> sessions) {}

  private final ForumRepository forums;
  private final ForumParticipants participants;
  private final FeedbackRepository feedback;
  private final ForumSettings settings;

  public ForumFeedback(ForumRepository forums, ForumParticipants participants, FeedbackRepository feedback,
                       ForumSettings settings) {
    this.forums = forums;
    this.participants = participants;
    this.feedback = feedback;
    this.settings = settings;
  }

  /**
   * New links for every participant who has not sent a sheet yet (earlier links of theirs stop working); once the
   * registration has closed and while feedback is taken.
   */
  @Transactional
  public List<Link> issueLinks(String number, String by) {
    return issueLinks(number, by, participant -> true);
  }

  /** The same, for the participants {@code which} chooses only: the others' links stay as they are. */
  @Transactional
  public List<Link> issueLinks(String number, String by, Predicate<Participant> which) {
    Forum forum = forums.find(number).orElseThrow(() -> Refusal.of(404, "forum.notFound", number));
    if (!forum.takesFeedback(Instant.now())) {
      throw Refusal.of(409, forum.registrationClosedAt() == null ? "forum.feedback.registrationOpen"
          : "forum.feedback.closed", number);
    }
    Set<Long> answered = new HashSet<>(feedback.answeredIn(number));
    List<Link> links = new ArrayList<>();
    Map<Long, String> hashes = new LinkedHashMap<>();
    for (Participant participant : participants.list(number)) {
      if (answered.contains(participant.id()) || !which.test(participant)) {
        continue;
      }
      byte[] random = new byte[32];
      RANDOM.nextBytes(random);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      hashes.put(participant.id(), hash(token));
      links.add(new Link(participant, token));
    }
    feedback.replaceTokens(hashes, by);
    return links;
  }

  public Sheet sheet(String token) {
    Holder holder = holder(token);
    Forum forum = forums.get(holder.forumNumber());
    List<SessionToRate> sessions = forums.sessions(forum.number()).stream().map(s -> toRate(forum, s)).toList();
    return new Sheet(forum.number(), forum.title(), forum.venue(), forum.firstDay(), forum.lastDay(),
        settings.getRatingScale(), forum.takesFeedback(Instant.now()), feedback.answered(holder.participantId()),
        sessions);
  }

  /**
   * Takes a sheet: {@code forumRating} (1..scale, required), {@code sessions} as [{sessionNo, rating}] (a session not
   * attended may be left out), {@code comments} (optional). Bad values: 400 naming them; unknown link: 404; a second
   * sheet or a closed window: 409.
   */
  @Transactional
  public void submit(String token, Map<String, Object> body) {
    Holder holder = holder(token);
    Forum forum = forums.get(holder.forumNumber());
    if (!forum.takesFeedback(Instant.now())) {
      throw Refusal.of(409, "forum.feedback.closed", forum.number());
    }
    if (feedback.answered(holder.participantId())) {
      throw Refusal.of(409, "forum.feedback.already");
    }
    Map<String, Object> values = body == null ? Map.of() : body;
    Values read = Values.of(values::get);
    int scale = settings.getRatingScale();
    Integer forumRating = read.wholeNumber("forumRating", 1, scale);
    String comments = read.text("comments", false, 4000);
    Map<Long, Integer> ratings = sessionRatings(values.get("sessions"), forums.sessions(forum.number()), scale,
        read.errors());
    if (!read.valid()) {
      throw Refusal.invalid(read.errors());
    }
    try {
      feedback.insert(forum.number(), holder.participantId(), forumRating, comments, ratings);
    } catch (DuplicateKeyException e) {
      // The same link sent twice at once: the first sheet counts.
      throw Refusal.of(409, "forum.feedback.already");
    }
  }

  private static Map<Long, Integer> sessionRatings(Object raw, List<Session> sessions, int scale,
                                                   List<FieldError> errors) {
    Map<Long, Integer> ratings = new LinkedHashMap<>();
    if (raw == null) {
      return ratings;
    }
    if (!(raw instanceof List<?> rows) || rows.size() > sessions.size()) {
      errors.add(FieldError.of("sessions", "forum.feedback.sessionsList", sessions.size()));
      return ratings;
    }
    for (int i = 0; i < rows.size(); i++) {
      String prefix = "sessions[" + (i + 1) + "]";
      if (!(rows.get(i) instanceof Map<?, ?> row)) {
        errors.add(FieldError.of(prefix, "forum.feedback.sessionsList", sessions.size()));
        continue;
      }
      Values values = new Values(key -> row.get(key), new ArrayList<>());
      Integer number = values.wholeNumber("sessionNo", 1, Math.max(1, sessions.size()));
      Integer rating = values.wholeNumber("rating", 1, scale);
      Session session = number == null ? null : sessions.stream().filter(s -> s.number() == number).findFirst()
          .orElse(null);
      if (session != null && ratings.containsKey(session.id())) {
        values.error("sessionNo", "forum.feedback.sessionTwice", number);
      }
      values.errors().forEach(error -> errors.add(error.under(prefix)));
      if (values.valid() && session != null) {
        ratings.put(session.id(), rating);
      }
    }
    return ratings;
  }

  private Holder holder(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw Refusal.of(404, "forum.feedback.unknownLink");
    }
    return feedback.holder(hash(token)).orElseThrow(() -> Refusal.of(404, "forum.feedback.unknownLink"));
  }

  private static SessionToRate toRate(Forum forum, Session s) {
    return new SessionToRate(s.number(), s.title(), s.kind().name(), s.kind().label(), s.day(),
        forum.firstDay().plusDays(s.day() - 1L), s.startsAt(), s.durationMinutes(), s.moderator());
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
