package kz.edu.leaders.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kz.edu.leaders.common.Language;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * What officials are told, once a day after {@code leaders.notification.digest.time} (Kazakhstan time): each user with
 * an e-mail and open tasks gets one digest of them, those due within {@code due-within} first (not one e-mail per
 * task); and each commission member whose interview score or competition vote, and each contest juror whose score
 * of an entry, is due within that time gets a reminder for it. The keys name the user and the day, or the task, so
 * several nodes and restarts queue each once.
 */
@Component
public class OfficialReminders implements SmartLifecycle {

  public static final String DIGEST = "official-digest";
  public static final String SCORE_REMINDER = "score-reminder";
  public static final String VOTE_REMINDER = "vote-reminder";
  public static final String JURY_SCORE_REMINDER = "jury-score-reminder";
  /**
   * The tasks a member is reminded of, each with its text: the Republican commission's interview score
   * (bpmn/commission-interview), a competition commission member's open vote (bpmn/open-competition) and a contest
   * juror's score of one entry (bpmn/leading-school-contest, due {@code leaders.events.contest.scoring-term} after
   * scoring opens); each is assigned to the member and due when their round closes.
   */
  static final Map<String, String> REMINDED_TASKS = Map.of("Task_MemberAnswers", SCORE_REMINDER,
      "Task_OpenVote", VOTE_REMINDER, "Task_ScoreContestEntry", JURY_SCORE_REMINDER);
  /**
   * Variables of a reminded task (read from its scope: its own instance's, then the process's) that its text quotes
   * besides the task's title and due date; only what the member sees in the task itself. A juror sees the contest
   * and the entry's school (JurorTaskContextListener puts the school into the juror's own instance).
   */
  static final Map<String, List<String>> REMINDER_VARIABLES = Map.of(
      "Task_ScoreContestEntry", List.of("contestTitle", "schoolName"));

  private static final Logger LOG = LoggerFactory.getLogger(OfficialReminders.class);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final int LISTED = 30;

  private final Notifications notifications;
  private final RegionalEscalations escalations;
  private final NotificationSettings settings;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ZoneId zone;
  private ScheduledExecutorService executor;

  public OfficialReminders(Notifications notifications, RegionalEscalations escalations,
                           NotificationSettings settings, TaskService tasks, IdentityService identity,
                           @Value("${leaders.calendar.zone}") String zone) {
    this.notifications = notifications;
    this.escalations = escalations;
    this.settings = settings;
    this.tasks = tasks;
    this.identity = identity;
    this.zone = ZoneId.of(zone);
  }

  /** Queues today's digests and reminders if their time has come; the number queued now. */
  public int runIfDue(Instant now) {
    ZonedDateTime local = now.atZone(zone);
    if (local.toLocalTime().isBefore(settings.getDigest().getTime())) {
      return 0;
    }
    return digests(local.toLocalDate(), now) + reminders(now) + escalations.escalate(local.toLocalDate(), now);
  }

  /** One digest per user with an e-mail and open tasks, for the day. */
  public int digests(LocalDate day, Instant now) {
    Instant soon = now.plus(settings.getDigest().getDueWithin());
    int queued = 0;
    for (User user : identity.createUserQuery().list()) {
      if (user.getEmail() == null || user.getEmail().isBlank()) {
        continue;
      }
      List<Task> open = openTasks(user.getId());
      if (open.isEmpty()) {
        continue;
      }
      List<Task> due = open.stream().filter(t -> t.getDueDate() != null && !t.getDueDate().toInstant().isAfter(soon))
          .sorted(Comparator.comparing(Task::getDueDate)).toList();
      List<Map<String, Object>> listed = new ArrayList<>();
      due.stream().limit(LISTED).forEach(task -> listed.add(line(task, now)));
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("name", name(user));
      values.put("day", DAY.format(day));
      values.put("open", open.size());
      values.put("dueSoon", due.size());
      values.put("hasDueSoon", !due.isEmpty());
      values.put("noneDueSoon", due.isEmpty());
      values.put("tasks", listed);
      values.put("more", Math.max(0, due.size() - LISTED));
      values.put("hasMore", due.size() > LISTED);
      if (notifications.queue(new Notification("digest:" + user.getId() + ":" + day, DIGEST,
          Notification.RecipientKind.OFFICIAL, user.getId(), user.getEmail(), Language.KK_AND_RU, values))) {
        queued++;
      }
    }
    return queued;
  }

  /** A reminder to each member whose score or vote is due within the window and not yet past it. */
  public int reminders(Instant now) {
    Date from = Date.from(now);
    Date until = Date.from(now.plus(settings.getDigest().getDueWithin()));
    int queued = 0;
    for (Task task : tasks.createTaskQuery().taskDefinitionKeyIn(REMINDED_TASKS.keySet().toArray(String[]::new))
        .dueAfter(from).dueBefore(until).active().list()) {
      if (task.getAssignee() == null) {
        continue;
      }
      User member = identity.createUserQuery().userId(task.getAssignee()).singleResult();
      if (member == null || member.getEmail() == null || member.getEmail().isBlank()) {
        continue;
      }
      Map<String, Object> values = new LinkedHashMap<>(line(task, now));
      values.put("name", name(member));
      List<String> quoted = REMINDER_VARIABLES.getOrDefault(task.getTaskDefinitionKey(), List.of());
      if (!quoted.isEmpty()) {
        Map<String, Object> variables = tasks.getVariables(task.getId(), quoted);
        // A value the task lacks reads as a dash: the reminder still goes out, the text still renders.
        quoted.forEach(name -> values.put(name, variables.get(name) == null ? "—" : variables.get(name).toString()));
      }
      if (notifications.queue(new Notification("reminder:" + task.getId(),
          REMINDED_TASKS.get(task.getTaskDefinitionKey()),
          Notification.RecipientKind.OFFICIAL, member.getId(), member.getEmail(), Language.KK_AND_RU, values))) {
        queued++;
      }
    }
    return queued;
  }

  private List<Task> openTasks(String user) {
    Map<String, Task> open = new LinkedHashMap<>();
    tasks.createTaskQuery().taskAssignee(user).active().list().forEach(t -> open.put(t.getId(), t));
    tasks.createTaskQuery().taskCandidateUser(user).active().list().forEach(t -> open.put(t.getId(), t));
    return new ArrayList<>(open.values());
  }

  private Map<String, Object> line(Task task, Instant now) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("task", task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
    line.put("due", task.getDueDate() == null ? "" : WHEN.format(task.getDueDate().toInstant().atZone(zone)));
    line.put("overdue", task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now));
    return line;
  }

  /** How a message greets an official: the name in the identity records, else the user id. */
  static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  private void safely() {
    try {
      runIfDue(Clock.systemUTC().instant());
    } catch (RuntimeException e) {
      LOG.warn("Officials' digest: {}", e.toString());
    }
  }

  @Override
  public synchronized void start() {
    if (settings.getDigest().isEnabled() && executor == null) {
      executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "official-digest");
        thread.setDaemon(true);
        return thread;
      });
      long millis = settings.getDigest().getCheckInterval().toMillis();
      // A node started after the day's time queues the day's digests within a minute, not after a whole interval.
      executor.scheduleWithFixedDelay(this::safely, Math.min(millis, 60_000), millis, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null;
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100;
  }

}
