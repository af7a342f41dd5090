package kz.edu.leaders.events.forum;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.events.forum.FeedbackRepository.Tally;
import kz.edu.leaders.events.forum.ForumRepository.Forum;
import org.springframework.stereotype.Service;

/**
 * What a forum came to, from its records: attendance per recorded day, each session's ratings (count and mean), the
 * forum's own rating and the participants' comments. The organiser reviews it in Tasklist; the API returns it.
 */
@Service
public class ForumSummary {

  public record Rating(int count, BigDecimal mean) {
    static Rating of(Tally tally) {
      return tally == null || tally.count() == 0 ? new Rating(0, null) : new Rating(tally.count(),
          BigDecimal.valueOf(tally.total()).divide(BigDecimal.valueOf(tally.count()), 2, RoundingMode.HALF_UP));
    }
  }

  public record DayAttendance(LocalDate day, int present, int absent) {}

  public record SessionRating(int sessionNo, String title, String kind, int day, String startsAt, int count,
                              BigDecimal mean) {}

  public record Summary(String forumNumber, String title, String region, LocalDate firstDay, LocalDate lastDay,
                        String status, int registered, List<DayAttendance> attendance, int ratingScale,
                        int feedbackCount, Rating forumRating, List<SessionRating> sessions, List<String> comments) {}

  private final ForumRepository forums;
  private final ForumParticipants participants;
  private final FeedbackRepository feedback;
  private final ForumSettings settings;

  public ForumSummary(ForumRepository forums, ForumParticipants participants, FeedbackRepository feedback,
                      ForumSettings settings) {
    this.forums = forums;
    this.participants = participants;
    this.feedback = feedback;
    this.settings = settings;
  }

  public Summary of(String number) {
    Forum forum = forums.get(number);
    int registered = participants.count(number);
    List<DayAttendance> days = forums.days(number).stream().map(d -> new DayAttendance(d.day(),
        registered - d.absent(), d.absent())).toList();
    Map<Long, Tally> tallies = feedback.sessionTallies(number);
    List<SessionRating> sessions = forums.sessions(number).stream().map(s -> {
      Rating rating = Rating.of(tallies.get(s.id()));
      return new SessionRating(s.number(), s.title(), s.kind().name(), s.day(), s.startsAt(), rating.count(),
          rating.mean());
    }).toList();
    return new Summary(number, forum.title(), forum.region().name(), forum.firstDay(), forum.lastDay(),
        forum.status(), registered, days, settings.getRatingScale(), feedback.count(number),
        Rating.of(feedback.forumTally(number)), sessions, feedback.comments(number));
  }

  /** The summary as the review form shows it, in Kazakh and Russian. */
  static String text(Summary summary) {
    StringBuilder text = new StringBuilder();
    text.append("Тіркелді / Зарегистрировано: ").append(summary.registered()).append('\n');
    text.append("Қатысу / Посещаемость:\n");
    if (summary.attendance().isEmpty()) {
      text.append("  — белгіленбеген / не отмечена\n");
    }
    summary.attendance().forEach(d -> text.append("  ").append(d.day()).append(": қатысты / присутствовали ")
        .append(d.present()).append(", болмады / отсутствовали ").append(d.absent()).append('\n'));
    text.append("Сауалнамалар / Анкеты: ").append(summary.feedbackCount()).append('\n');
    text.append("Форумның бағасы / Оценка форума: ").append(mean(summary.forumRating().mean(), summary.ratingScale()))
        .append(" (").append(summary.forumRating().count()).append(")\n");
    text.append("Сессиялар / Сессии:\n");
    summary.sessions().forEach(s -> text.append("  ").append(s.sessionNo()).append(". ").append(s.title())
        .append(" — ").append(mean(s.mean(), summary.ratingScale())).append(" (").append(s.count()).append(")\n"));
    text.append("Пікірлер / Комментарии:\n");
    if (summary.comments().isEmpty()) {
      text.append("  —\n");
    }
    summary.comments().forEach(c -> text.append("  • ").append(c.replace('\n', ' ')).append('\n'));
    return text.length() > 19_000 ? text.substring(0, 19_000) + "…" : text.toString();
  }

  private static String mean(BigDecimal mean, int scale) {
    return mean == null ? "—" : mean.toPlainString() + " / " + scale;
  }
}
