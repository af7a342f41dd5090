package kz.edu.leaders.events.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.edu.leaders.appointment.competition.Rows;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.common.WorkingDayCalendar;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.events.forum.ForumRepository.NewForum;
import kz.edu.leaders.events.forum.ForumRepository.NewSession;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start of RegionalForum: a forum organiser plans a forum of a region they organise in, with its programme. Checks the
 * days (in order, at most {@code leaders.events.forum.maximum-days}) and each session (a day of the forum, a start
 * time, a positive duration that ends the same day), writes the forum record, makes its number the business key, and
 * keeps only the variables the process and its forms need.
 */
@Component
public class PlanForumSubmission extends FormSubmission<NewForum> {

  static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
  static final int MAX_SESSIONS = 60;

  private final ForumRepository forums;
  private final ForumSettings settings;
  private final ZoneId zone;

  public PlanForumSubmission(ForumRepository forums, ForumSettings settings, WorkingDayCalendar calendar) {
    this.forums = forums;
    this.settings = settings;
    this.zone = ZoneId.of(calendar.zone());
  }

  @Override
  protected NewForum read(DelegateExecution execution, Values values) {
    String title = values.text("forumTitle", true, 3, 300);
    Region region = values.choice("region", Region.class);
    LocalDate first = values.date("firstDay");
    LocalDate last = values.date("lastDay");
    String venue = values.text("venue", true, 3, 300);
    String coOrganisers = values.text("coOrganisers", false, 1000);
    int days = 0;
    if (first != null && last != null) {
      if (last.isBefore(first)) {
        values.error("lastDay", "forum.plan.lastBeforeFirst", first);
      } else if (ChronoUnit.DAYS.between(first, last) + 1 > settings.getMaximumDays()) {
        values.error("lastDay", "forum.plan.tooLong", settings.getMaximumDays());
      } else {
        days = (int) ChronoUnit.DAYS.between(first, last) + 1;
      }
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (region != null && user != null && !ForumGroups.organisesIn(user.getGroupIds(), region)) {
      values.error("region", "forum.plan.ownRegionOnly", ForumGroups.regionsOrganisedBy(user.getGroupIds()));
    }
    List<NewSession> sessions = sessions(Rows.read(execution, "sessions"), days, values);
    if (!values.valid()) {
      return null;
    }
    return new NewForum(title, region, first, last, venue, coOrganisers, sessions);
  }

  /** The programme's rows; a day is checked against the forum's days only when those are valid. */
  static List<NewSession> sessions(List<Map<String, Object>> rows, int days, Values values) {
    if (rows.isEmpty() || rows.size() > MAX_SESSIONS) {
      values.error("sessions", "forum.plan.sessionCount", MAX_SESSIONS);
      return List.of();
    }
    List<NewSession> sessions = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Values row = new Values(rows.get(i) == null ? Map.of() : rows.get(i), new ArrayList<>());
      String title = row.text("sessionTitle", true, 3, 300);
      SessionKind kind = row.choice("kind", SessionKind.class);
      Integer day = row.wholeNumber("day", 1, Math.max(1, days == 0 ? 31 : days));
      String startsAt = row.text("startsAt", true, 5);
      if (startsAt != null && !TIME.matcher(startsAt).matches()) {
        row.error("startsAt", "forum.plan.time");
        startsAt = null;
      }
      Integer duration = row.wholeNumber("durationMinutes", 1, 720);
      if (startsAt != null && duration != null) {
        int minutes = Integer.parseInt(startsAt.substring(0, 2)) * 60 + Integer.parseInt(startsAt.substring(3));
        if (minutes + duration > 24 * 60) {
          row.error("durationMinutes", "forum.plan.pastMidnight");
        }
      }
      String moderator = row.text("moderator", false, 300);
      String prefix = "sessions[" + (i + 1) + "]";
      row.errors().forEach(error -> values.errors().add(error.under(prefix)));
      if (row.valid()) {
        sessions.add(new NewSession(title, kind, day, startsAt, duration, moderator));
      }
    }
    return sessions;
  }

  @Override
  protected void record(DelegateExecution execution, NewForum forum) {
    String number = forums.nextNumber(forum.firstDay().getYear(), forum.region());
    Instant feedbackCloses = forum.lastDay().plus(settings.getFeedbackOpenFor()).plusDays(1).atStartOfDay(zone)
        .toInstant();
    forums.insert(number, forum, feedbackCloses, CurrentUser.id(execution), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(number);
    for (String submitted : execution.getVariableNames()) {
      execution.removeVariable(submitted);
    }
    execution.setVariable("forumNumber", number);
    execution.setVariable("forumTitle", forum.title());
    execution.setVariable("regionName", forum.region().label());
    execution.setVariable("forumDates", forum.firstDay() + " – " + forum.lastDay());
    execution.setVariable("registeredCount", 0);
    execution.setVariable("feedbackClosesAt", java.util.Date.from(feedbackCloses));
    execution.setVariable("feedbackUntil", forum.lastDay().plus(settings.getFeedbackOpenFor()).toString());
  }

}
