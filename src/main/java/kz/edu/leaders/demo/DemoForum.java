package kz.edu.leaders.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.events.forum.ForumFeedback;
import kz.edu.leaders.events.forum.ForumFeedback.Link;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo profile ({@code leaders.demo.cohort=true}): on the first start, Jambyl region's forum of school directors
 * "Leadership in the conditions of updating the content of education" (held in Taraz on 14-15 November 2019 by the
 * CPE branch with the NIS school and the regional methodological office), moved to yesterday and today, through the
 * real process: the demo organiser plans it with the programme of the source (exhibition, plenary, the "Best Leading
 * School" contest, dialogue platform, the 3-hour facilitation session), registers 60 directors from the region's
 * list and two in the task, closes the registration, records the first day's absent and hands out the links; six
 * participants have sent their sheets. The second day's attendance and the feedback wait in Tasklist.
 */
@Component
@Profile("demo")
public class DemoForum {

  private static final Logger LOG = LoggerFactory.getLogger(DemoForum.class);

  private final ForumSteps forums;
  private final ForumFeedback feedback;
  private final JdbcTemplate jdbc;
  private final boolean enabled;

  public DemoForum(ForumSteps forums, ForumFeedback feedback, JdbcTemplate jdbc,
                   @Value("${leaders.demo.cohort:false}") boolean enabled) {
    this.forums = forums;
    this.feedback = feedback;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(220)
  public void seedOnFirstStart() {
    if (!enabled) {
      return;
    }
    Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM forum", Integer.class);
    if (existing != null && existing == 0) {
      seed();
    }
  }

  public ProcessInstance seed() {
    LocalDate firstDay = LocalDate.now().minusDays(1);
    ProcessInstance forum = forums.plan("organiser", ForumSteps.forum("JAMBYL", firstDay, ForumSteps.programme()));
    String number = forum.getBusinessKey();
    forums.registerCsv(number, ForumSteps.directorsCsv(1, 60), "organiser");
    forums.registerInTask("organiser", forum, List.of(
        Map.of("fullName", "Жақыпова Роза Төлегенқызы", "position", "Әдіскер / Методист", "organisation",
            "Өңірлік әдістемелік кабинет / Региональный методический кабинет", "district", "Тараз қаласы"),
        Map.of("fullName", "Нұрланов Асхат Бекұлы", "position", "Бөлім басшысы / Руководитель отдела",
            "organisation", "Жамбыл облысының білім басқармасы / Управление образования Жамбылской области",
            "district", "Тараз қаласы", "email", "askhat.nurlanov@example.kz")), true);
    forums.recordDay("organiser", forum, firstDay, "4 17 23 38 51", false);
    List<Link> links = feedback.issueLinks(number, "organiser");
    int[][] ratings = {{5, 5, 4, 5, 5}, {4, 5, 3, 4, 5}, {5, 4, 5, 5, 4}, {4, 4, 4, 3, 5}, {5, 5, 5, 4, 5},
        {3, 4, 4, 4, 4}};
    String[] comments = {"Фасилитациялық сессия өте пайдалы болды / Фасилитационная сессия была очень полезной",
        null, "Диалог алаңына көбірек уақыт керек / Диалоговой площадке нужно больше времени", null,
        "Көрме тәжірибесі мектепте қолданылады / Опыт выставки применим в школе", null};
    for (int i = 0; i < ratings.length; i++) {
      int[] r = ratings[i];
      java.util.Map<String, Object> sheet = new java.util.HashMap<>();
      sheet.put("forumRating", r[0]);
      sheet.put("sessions", List.of(Map.of("sessionNo", 1, "rating", r[1]), Map.of("sessionNo", 2, "rating", r[2]),
          Map.of("sessionNo", 4, "rating", r[3]), Map.of("sessionNo", 5, "rating", r[4])));
      if (comments[i] != null) {
        sheet.put("comments", comments[i]);
      }
      feedback.submit(links.get(i * 7).token(), sheet);
    }
    LOG.info("Demo forum {}: 62 registered, day 1 recorded, 6 feedback sheets in", number);
    return forum;
  }
}
