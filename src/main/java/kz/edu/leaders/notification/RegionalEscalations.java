package kz.edu.leaders.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Escalations to the regional head: once a day, each member of a region's {@code regional-heads} group with an e-mail
 * gets one message listing the tasks of the region's groups that are overdue by more than
 * {@code leaders.notification.digest.escalate-after} (a digest, not one e-mail per task: a region may have hundreds).
 * The head reads only task titles, due dates and how late they are, what Tasklist shows the region's staff.
 */
@Component
public class RegionalEscalations {

  public static final String ESCALATION = "overdue-escalation";

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final int LISTED = 50;
  /** The region's own staff; the head's own tasks are not escalated to the head. */
  private static final List<String> ESCALATED_ROLES = Groups.ROLES_WITH_REGION_GROUPS.stream()
      .filter(role -> !role.equals(Groups.REGIONAL_HEADS)).toList();

  private final Notifications notifications;
  private final NotificationSettings settings;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ZoneId zone;
  /** The last day this node escalated: the digest checks every few minutes, the escalation is worked out once a day. */
  private LocalDate escalatedOn;

  public RegionalEscalations(Notifications notifications, NotificationSettings settings, TaskService tasks,
                             IdentityService identity, @Value("${leaders.calendar.zone}") String zone) {
    this.notifications = notifications;
    this.settings = settings;
    this.tasks = tasks;
    this.identity = identity;
    this.zone = ZoneId.of(zone);
  }

  /** Queues the day's escalation to each head of a region with overdue tasks; the number queued now. */
  public synchronized int escalate(LocalDate day, Instant now) {
    if (day.equals(escalatedOn)) {
      return 0;
    }
    Instant limit = now.minus(settings.getDigest().getEscalateAfter());
    Map<Region, List<Task>> overdue = new EnumMap<>(Region.class);
    for (Task task : tasks.createTaskQuery().active().dueBefore(Date.from(limit)).orderByDueDate().asc().list()) {
      regionOf(task).ifPresent(region -> overdue.computeIfAbsent(region, r -> new ArrayList<>()).add(task));
    }
    int queued = 0;
    for (Map.Entry<Region, List<Task>> region : overdue.entrySet()) {
      List<Task> late = region.getValue().stream().sorted(Comparator.comparing(Task::getDueDate)).toList();
      for (User head : identity.createUserQuery().memberOfGroup(Groups.inRegion(Groups.REGIONAL_HEADS,
          region.getKey())).list()) {
        if (head.getEmail() == null || head.getEmail().isBlank()) {
          continue;
        }
        if (notifications.queue(new Notification("escalation:" + head.getId() + ":" + day, ESCALATION,
            Notification.RecipientKind.OFFICIAL, head.getId(), head.getEmail(), Language.KK_AND_RU,
            values(head, region.getKey(), day, late, now)))) {
          queued++;
        }
      }
    }
    escalatedOn = day;
    return queued;
  }

  private Optional<Region> regionOf(Task task) {
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        for (String role : ESCALATED_ROLES) {
          Set<Region> regions = Groups.regionsOf(role, List.of(link.getGroupId()));
          if (!regions.isEmpty()) {
            return Optional.of(regions.iterator().next());
          }
        }
      }
    }
    return Optional.empty();
  }

  private Map<String, Object> values(User head, Region region, LocalDate day, List<Task> late, Instant now) {
    List<Map<String, Object>> listed = new ArrayList<>();
    for (Task task : late.subList(0, Math.min(LISTED, late.size()))) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("task", task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
      line.put("due", WHEN.format(task.getDueDate().toInstant().atZone(zone)));
      line.put("daysLate", Math.max(1, Duration.between(task.getDueDate().toInstant(), now).toDays()));
      listed.add(line);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", OfficialReminders.name(head));
    values.put("region", region.name(Language.KK_AND_RU));
    values.put("day", DAY.format(day));
    values.put("overdue", late.size());
    values.put("tasks", listed);
    values.put("more", Math.max(0, late.size() - LISTED));
    values.put("hasMore", late.size() > LISTED);
    return values;
  }
}
