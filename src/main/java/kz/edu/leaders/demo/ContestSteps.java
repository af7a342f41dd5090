package kz.edu.leaders.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.events.contest.LeadingSchoolContest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * LeadingSchoolContest's steps as its users take them (logged in, claiming, submitting forms), for the demo contest
 * and for tests that drive whole contests.
 */
@Component
@Profile("demo")
public class ContestSteps {

  public static final List<String> JURY = List.of("juror", "juror2", "juror3");
  public static final String CHAIR = "jurychair";
  static final String[] DISTRICTS = {"Тараз қаласы", "Байзақ ауданы", "Жамбыл ауданы", "Қордай ауданы",
      "Меркі ауданы", "Шу ауданы"};

  private final ProcessEngine engine;
  private final SelectionSteps steps;

  public ContestSteps(ProcessEngine engine, SelectionSteps steps) {
    this.engine = engine;
    this.steps = steps;
  }

  /** Jambyl's contest at the directors' forum: the default rounds, criteria and nominations, three prize places. */
  public static Map<String, Object> announcement(LocalDateTime deadline) {
    Map<String, Object> values = new HashMap<>();
    values.put("contestTitle", "«Үздік жетекші мектеп» өңірлік байқауы / Региональный конкурс «Лучшая ведущая школа»");
    values.put("region", "JAMBYL");
    values.put("forumNumber", "Жамбыл форумы 2019 / Форум Жамбыл 2019");
    values.put("entryDeadline", deadline.withNano(0).toString());
    values.put("prizePlaces", 3);
    values.put("jury", json(JURY.stream().map(id -> Map.<String, Object>of("userId", id)).toList()));
    values.put("chair", CHAIR);
    return values;
  }

  public static JsonValue json(Object rows) {
    return SpinValues.jsonValue(Spin.JSON(rows).toString()).create();
  }

  public static String school(int n) {
    return "№ " + (n * 7 + 3) + " жетекші мектеп-гимназия / Ведущая школа-гимназия № " + (n * 7 + 3);
  }

  public static String district(int n) {
    return DISTRICTS[n % DISTRICTS.length];
  }

  public static Map<String, Object> entry(int n) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("schoolName", school(n));
    entry.put("district", district(n));
    entry.put("team", "Директор " + n + ", мұғалім / учитель " + n + "А, мұғалім / учитель " + n + "Б");
    entry.put("documents", "https://example.kz/contest/" + n + "/portfolio.pdf");
    entry.put("businessCardTitle", "Біз — қауымдастықпыз! / Мы — сообщество! (" + n + ")");
    entry.put("projectTitle", "Жетекші мектеп қауымдастығының тиімді моделі / Эффективная модель сообщества " + n);
    return entry;
  }

  public ProcessInstance announce(String user, Map<String, Object> values) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(LeadingSchoolContest.PROCESS_KEY).latestVersion().singleResult().getId();
    return steps.as(user, () -> engine.getFormService().submitStartForm(definition, values));
  }

  /** The user's open task of that kind in the contest (theirs, or their group's, claimed). */
  public Task task(String user, ProcessInstance instance, String taskKey, Integer entryNo) {
    return steps.as(user, () -> engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list().stream()
        .filter(t -> t.getAssignee() == null || t.getAssignee().equals(user))
        .filter(t -> entryNo == null || entryNo.equals(engine.getTaskService().getVariable(t.getId(), "entryNo")))
        .findFirst().orElse(null));
  }

  public void complete(String user, ProcessInstance instance, String taskKey, Integer entryNo,
                       Map<String, Object> values) {
    Task task = task(user, instance, taskKey, entryNo);
    if (task == null) {
      throw new IllegalStateException(user + " sees no " + taskKey + " in " + instance.getBusinessKey());
    }
    steps.as(user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  public void register(String user, ProcessInstance instance, List<Map<String, Object>> entries, boolean close) {
    complete(user, instance, "Task_RegisterContestEntries", null, Map.of("newEntries", json(entries),
        "entriesAction", close ? "CLOSE" : "MORE"));
  }

  /** Admits all entries but those given with a rejection reason. */
  public void admit(String user, ProcessInstance instance, int entries, Map<Integer, String> rejected) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int n = 1; n <= entries; n++) {
      Map<String, Object> row = new LinkedHashMap<>(shownRow(user, instance, n));
      row.put("decision", rejected.containsKey(n) ? "REJECT" : "ADMIT");
      row.put("reason", rejected.get(n));
      rows.add(row);
    }
    complete(user, instance, "Task_AdmitContestEntries", null, Map.of("admission", json(rows)));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> shownRow(String user, ProcessInstance instance, int n) {
    Task task = task(user, instance, "Task_AdmitContestEntries", null);
    List<Map<String, Object>> shown = steps.as(user, () -> (List<Map<String, Object>>) Spin.JSON(
        engine.getTaskService().getVariable(task.getId(), "admission").toString()).mapTo(List.class));
    Map<String, Object> row = new LinkedHashMap<>(shown.get(n - 1));
    return row;
  }

  /** Conflicts: entry number to kind (OWN_SCHOOL, OWN_DISTRICT, RELATIVE with a note). */
  public void declareConflicts(String juror, ProcessInstance instance, Map<Integer, String> conflicts) {
    List<Map<String, Object>> rows = new ArrayList<>();
    conflicts.forEach((no, kind) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("entryNo", no);
      row.put("kind", kind);
      row.put("note", "RELATIVE".equals(kind) ? "Қызы осы мектепте / Дочь работает в этой школе" : null);
      rows.add(row);
    });
    complete(juror, instance, "Task_DeclareConflicts", null, Map.of("conflicts", json(rows)));
  }

  /** The juror's scores of the entry, one per criterion in the criteria's order, as the task's form shows them. */
  @SuppressWarnings("unchecked")
  public void score(String juror, ProcessInstance instance, int entryNo, List<Integer> scores) {
    Task task = task(juror, instance, "Task_ScoreContestEntry", entryNo);
    if (task == null) {
      throw new IllegalStateException(juror + " has no scoring task for entry " + entryNo);
    }
    List<Map<String, Object>> rows = steps.as(juror, () -> (List<Map<String, Object>>) Spin.JSON(
        engine.getTaskService().getVariable(task.getId(), "contestScores").toString()).mapTo(List.class));
    List<Map<String, Object>> filled = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>(rows.get(i));
      row.put("score", scores.get(Math.min(i, scores.size() - 1)));
      filled.add(row);
    }
    steps.as(juror, () -> {
      engine.getFormService().submitTaskForm(task.getId(), Map.of("contestScores", json(filled)));
      return null;
    });
  }

  public void decideTie(ProcessInstance instance, String order) {
    complete(CHAIR, instance, "Task_DecideContestTie", null, Map.of("tieOrder", order));
  }

  /** The places as proposed, each nomination as given (entry number or null with a note). */
  @SuppressWarnings("unchecked")
  public void nameWinners(ProcessInstance instance, String places, List<Integer> nominees) {
    Task task = task(CHAIR, instance, "Task_NameContestWinners", null);
    List<Map<String, Object>> rows = steps.as(CHAIR, () -> (List<Map<String, Object>>) Spin.JSON(
        engine.getTaskService().getVariable(task.getId(), "nominationAwards").toString()).mapTo(List.class));
    List<Map<String, Object>> filled = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>(rows.get(i));
      Integer nominee = i < nominees.size() ? nominees.get(i) : null;
      row.put("entryNo", nominee);
      row.put("note", nominee == null ? "Қазылар алқасы бермеді / Жюри не присудило" : null);
      filled.add(row);
    }
    Map<String, Object> values = new HashMap<>();
    values.put("placeOrder", places);
    values.put("nominationAwards", json(filled));
    complete(CHAIR, instance, "Task_NameContestWinners", null, values);
  }

  public void decideProtocol(ProcessInstance instance, boolean approve, String note) {
    Map<String, Object> values = new HashMap<>();
    values.put("protocolDecision", approve ? "APPROVE" : "RETURN");
    values.put("protocolNote", note);
    complete(CHAIR, instance, "Task_ApproveContestProtocol", null, values);
  }

  public Object variable(String user, Task task, String name) {
    return steps.as(user, () -> engine.getTaskService().getVariable(task.getId(), name));
  }
}
