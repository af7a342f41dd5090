package kz.edu.leaders.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.CsvTable;
import kz.edu.leaders.domain.Iin;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.training.EnrolmentRow;
import kz.edu.leaders.training.ImportReport;
import kz.edu.leaders.training.OrganisationRegistry;
import kz.edu.leaders.training.ParticipantEnrolment;
import kz.edu.leaders.training.TrainingCourse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * TrainingCourse's steps as its users take them (logged in, claiming, submitting forms), for the demo course and for
 * tests that drive whole courses.
 */
@Component
@Profile("demo")
public class TrainingSteps {

  static final String[] DISTRICTS = {"Кентау қаласы", "Түркістан қаласы", "Сайрам ауданы", "Мақтаарал ауданы",
      "Ордабасы ауданы", "Түлкібас ауданы"};

  private final ProcessEngine engine;
  private final SelectionSteps steps;
  private final OrganisationRegistry organisations;
  private final ParticipantEnrolment enrolment;

  public TrainingSteps(ProcessEngine engine, SelectionSteps steps, OrganisationRegistry organisations,
                       ParticipantEnrolment enrolment) {
    this.engine = engine;
    this.steps = steps;
    this.organisations = organisations;
    this.enrolment = enrolment;
  }

  public static Map<String, Object> course(String region, int capacity, LocalDate start) {
    Map<String, Object> values = new HashMap<>();
    values.put("courseTitle", "Мектепті басқару: басқару аспектілері мен әдістері / Управление школой: аспекты и "
        + "методы управления");
    values.put("trainer", "trainer");
    values.put("hours", 72);
    values.put("region", region);
    values.put("targetGroup", "Білім беру ұйымдарының басшылары / Руководители организаций образования");
    values.put("capacity", capacity);
    values.put("plannedStart", start.toString());
    values.put("plannedEnd", start.plusDays(25).toString());
    return values;
  }

  /** The start form submitted in Tasklist. */
  public ProcessInstance plan(String user, Map<String, Object> course) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(TrainingCourse.PROCESS_KEY).latestVersion().singleResult().getId();
    return steps.as(user, () -> engine.getFormService().submitStartForm(definition, course));
  }

  /** "School No. n, &lt;district&gt;": the region's list of organisations, n = 1..count. */
  public static String school(int n) {
    return "№ " + n + " жалпы білім беретін мектеп, " + DISTRICTS[n % DISTRICTS.length];
  }

  public static String district(int n) {
    return DISTRICTS[n % DISTRICTS.length];
  }

  public ImportReport registerOrganisations(Region region, int count) {
    StringBuilder csv = new StringBuilder("organisation;district\n");
    for (int n = 1; n <= count; n++) {
      csv.append(school(n)).append(';').append(district(n)).append('\n');
    }
    return organisations.importList(region, CsvTable.parse(csv.toString(), OrganisationRegistry.COLUMNS, List.of()),
        "regional");
  }

  /** The heads of organisations from..to, as the region's list exports them (CSV). */
  public static String headsCsv(int from, int to, int seed) {
    StringBuilder csv = new StringBuilder("iin;full_name;organisation;district;post;phone\n");
    for (int n = from; n <= to; n++) {
      csv.append(iin(seed * 10_000 + n)).append(';').append("Басшы ").append(n).append(" Серікұлы").append(';')
          .append(school(n)).append(';').append(district(n)).append(';').append("Директор").append(';')
          .append("+770155").append(String.format("%05d", n)).append('\n');
    }
    return csv.toString();
  }

  public ImportReport enrolCsv(String course, String csv, String by) {
    return enrolment.enrol(course, CsvTable.parse(csv, EnrolmentRow.REQUIRED, EnrolmentRow.OPTIONAL).stream()
        .map(EnrolmentRow::of).toList(), by);
  }

  /** A valid IIN, different for each n (born 1970-1989, the check digit computed). */
  public static String iin(int n) {
    for (int k = 0; ; k++) {
      int m = n * 7 + k;
      String base = String.format("%02d%02d%02d%d%04d", 70 + (m / 7) % 20, 1 + (m / 140) % 12, 1 + (m / 1680) % 28,
          3 + (m % 2), (n + k * 977) % 10_000);
      for (int check = 0; check <= 9; check++) {
        if (Iin.isValid(base + check)) {
          return base + check;
        }
      }
    }
  }

  /** The user claims the open task of that kind (theirs or free) and submits its form. */
  public void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> values) {
    steps.as(user, () -> {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey(taskKey).list().stream().findFirst()
          .orElseThrow(() -> new IllegalStateException(user + " sees no " + taskKey + " in " + instance.getBusinessKey()));
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  public void closeEnrolment(String user, ProcessInstance instance) {
    complete(user, instance, "Task_EnrolParticipants", Map.of("enrolmentAction", "CLOSE"));
  }

  /** Streams of the given dates, each [start, end, trainer]. */
  public void splitIntoStreams(String user, ProcessInstance instance, List<List<String>> streams) {
    List<Map<String, Object>> rows = streams.stream().map(s -> Map.<String, Object>of("startsOn", s.get(0),
        "endsOn", s.get(1), "trainer", s.get(2))).toList();
    complete(user, instance, "Task_SplitIntoStreams", Map.of("streams",
        org.camunda.spin.plugin.variable.SpinValues.jsonValue(org.camunda.spin.Spin.JSON(rows).toString()).create()));
  }

  /** The stream's task, as its trainer sees it. */
  public Task streamTask(String trainer, ProcessInstance instance, String taskKey, int stream) {
    return steps.as(trainer, () -> engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list().stream()
        .filter(t -> Integer.valueOf(stream).equals(engine.getTaskService().getVariable(t.getId(), "streamNo")))
        .findFirst().orElse(null));
  }

  public void recordDay(String trainer, ProcessInstance instance, int stream, LocalDate day, String absent,
                        boolean last) {
    submitStream(trainer, instance, "Task_RecordStreamAttendance", stream, Map.of("attendanceDay", day.toString(),
        "absentees", absent, "attendanceAction", last ? "DONE" : "NEXT_DAY"));
  }

  public void assessFinalWork(String trainer, ProcessInstance instance, int stream, String failed) {
    submitStream(trainer, instance, "Task_AssessFinalWork", stream, Map.of("failedFinalWork", failed));
  }

  private void submitStream(String trainer, ProcessInstance instance, String taskKey, int stream,
                            Map<String, Object> values) {
    Task task = streamTask(trainer, instance, taskKey, stream);
    if (task == null) {
      throw new IllegalStateException(trainer + " sees no " + taskKey + " of stream " + stream);
    }
    steps.as(trainer, () -> {
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  public void runJobs(ProcessInstance instance) {
    steps.runJobs(instance);
  }
}
