package kz.edu.leaders.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.CsvTable;
import kz.edu.leaders.events.forum.ForumRegistration;
import kz.edu.leaders.events.forum.ParticipantRow;
import kz.edu.leaders.events.forum.RegionalForum;
import kz.edu.leaders.events.forum.RegistrationReport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * RegionalForum's steps as its organiser takes them (logged in, claiming, submitting forms), for the demo forum and
 * for tests that drive whole forums.
 */
@Component
@Profile("demo")
public class ForumSteps {

  static final String[] DISTRICTS = {"Тараз қаласы", "Байзақ ауданы", "Жамбыл ауданы", "Қордай ауданы",
      "Меркі ауданы", "Шу ауданы", "Талас ауданы"};

  private final ProcessEngine engine;
  private final SelectionSteps steps;
  private final ForumRegistration registration;

  public ForumSteps(ProcessEngine engine, SelectionSteps steps, ForumRegistration registration) {
    this.engine = engine;
    this.steps = steps;
    this.registration = registration;
  }

  /** The programme of the Jambyl forum of the source: exhibition, plenary, dialogue platform, contest, facilitation. */
  public static List<Map<String, Object>> programme() {
    return List.of(
        session("Мектептер тәжірибесінің көрмесі / Выставка опыта школ", "EXHIBITION", 1, "09:00", 60,
            "Өңірлік әдістемелік кабинет / Региональный методический кабинет"),
        session("Пленарлық отырыс: білім беру мазмұнын жаңарту жағдайындағы көшбасшылық / Пленарное заседание: "
            + "лидерство в условиях обновления содержания образования", "PLENARY", 1, "10:00", 90, "Ахметова Сәуле"),
        session("«Үздік жетекші мектеп» өңірлік байқауы / Региональный конкурс «Лучшая ведущая школа»", "CONTEST", 1,
            "14:00", 180, "Байқау қазылар алқасы / Жюри конкурса"),
        session("Диалог алаңы: жетекші мектеп басшылары тәжірибе бөліседі / Диалоговая площадка: руководители "
            + "ведущих школ делятся опытом", "DIALOGUE_PLATFORM", 2, "09:30", 120, "Омаров Ерлан"),
        session("Фасилитациялық сессия: мектепті дамыту жоспарын жазу / Фасилитационная сессия: написание плана "
            + "развития школы", "FACILITATION", 2, "12:00", 180, "НЗМ ПШО тренері / Тренер ЦПМ НИШ"));
  }

  public static Map<String, Object> session(String title, String kind, int day, String startsAt, int minutes,
                                            String moderator) {
    Map<String, Object> session = new HashMap<>();
    session.put("sessionTitle", title);
    session.put("kind", kind);
    session.put("day", day);
    session.put("startsAt", startsAt);
    session.put("durationMinutes", minutes);
    session.put("moderator", moderator);
    return session;
  }

  public static Map<String, Object> forum(String region, LocalDate firstDay, List<Map<String, Object>> programme) {
    Map<String, Object> values = new HashMap<>();
    values.put("forumTitle", "Білім беру мазмұнын жаңарту жағдайындағы көшбасшылық / Лидерство в условиях "
        + "обновления содержания образования");
    values.put("region", region);
    values.put("firstDay", firstDay.toString());
    values.put("lastDay", firstDay.plusDays(1).toString());
    values.put("venue", "Тараз қ., НЗМ / г. Тараз, НИШ");
    values.put("coOrganisers", "НЗМ; өңірлік әдістемелік кабинет / НИШ; региональный методический кабинет");
    values.put("sessions", json(programme));
    return values;
  }

  /** The start form submitted in Tasklist. */
  public ProcessInstance plan(String user, Map<String, Object> forum) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(RegionalForum.PROCESS_KEY).latestVersion().singleResult().getId();
    return steps.as(user, () -> engine.getFormService().submitStartForm(definition, forum));
  }

  /** Directors of schools from..to, as a region's list exports them (CSV). */
  public static String directorsCsv(int from, int to) {
    StringBuilder csv = new StringBuilder("full_name;position;organisation;district;email;phone\n");
    for (int n = from; n <= to; n++) {
      csv.append("Директор ").append(n).append(" Асанұлы;Директор / директор;№ ").append(n)
          .append(" мектеп-гимназия;").append(DISTRICTS[n % DISTRICTS.length]).append(";director").append(n)
          .append("@school.example.kz;").append(n % 3 == 0 ? "" : "+770255" + String.format("%05d", n)).append('\n');
    }
    return csv.toString();
  }

  public RegistrationReport registerCsv(String forum, String csv, String by) {
    return registration.register(forum, CsvTable.parse(csv, ParticipantRow.REQUIRED, ParticipantRow.OPTIONAL).stream()
        .map(ParticipantRow::of).toList(), by);
  }

  /** The user claims the open task of that kind (theirs or free) and submits its form. */
  public void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> values) {
    steps.as(user, () -> {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey(taskKey).list().stream().findFirst()
          .orElseThrow(() -> new IllegalStateException(user + " sees no " + taskKey + " in "
              + instance.getBusinessKey()));
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  public void registerInTask(String user, ProcessInstance instance, List<Map<String, Object>> rows, boolean close) {
    complete(user, instance, "Task_RegisterForumParticipants", Map.of("participants", json(rows),
        "registrationAction", close ? "CLOSE" : "REGISTER"));
  }

  public void closeRegistration(String user, ProcessInstance instance) {
    registerInTask(user, instance, List.of(), true);
  }

  public void recordDay(String user, ProcessInstance instance, LocalDate day, String absent, boolean last) {
    complete(user, instance, "Task_RecordForumAttendance", Map.of("attendanceDay", day.toString(),
        "absentees", absent, "attendanceAction", last ? "DONE" : "NEXT_DAY"));
  }

  public void closeFeedback(String user, ProcessInstance instance) {
    complete(user, instance, "Task_CloseForumFeedback", Map.of("closeFeedbackNow", true));
  }

  static Object json(List<Map<String, Object>> rows) {
    return SpinValues.jsonValue(Spin.JSON(rows).toString()).create();
  }
}
