package kz.edu.bench.simulator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.edu.leaders.appointment.CaseCalendar;
import kz.edu.leaders.appointment.ReservistRepository;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.demo.CompetitionSteps;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.selection.ApplicationGroups;
import kz.edu.leaders.domain.Region;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The simulated people at work: for an open task, who of the right group takes it and what they enter in its
 * form (chosen by {@link FunnelPolicy}), then the claim and the form submission as that user, as in Tasklist.
 */
@Component
public class SimulatedPeople {

  /**
   * An open task found by the simulator, with its process and business key; for an application's task also the
   * application's region and whether its documents were returned before (read with the task, as Tasklist shows
   * them to the operator, so that working a task asks the database nothing more than Tasklist would).
   */
  public record OpenTask(String id, String key, String assignee, String processInstanceId, String processKey,
                         String businessKey, String policyKey, Region region, boolean returnedBefore) {}

  public enum Result { COMPLETED, RACED, UNHANDLED }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ASSESS_KEYS = List.of("Task_AssessReport", "Task_ThirdAssessment");

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final SimulatorUsers users;
  private final VacancyRepository vacancies;
  private final ReservistRepository reservists;
  private final CaseCalendar calendar;
  private final ApplicationGroups applicationGroups;
  private final Map<String, VacancyRepository.Vacancy> vacancyCache = new ConcurrentHashMap<>();
  /** Reservists this simulator offered a post, so two cases handled at once do not offer the same person. */
  private final Set<String> offered = ConcurrentHashMap.newKeySet();

  public SimulatedPeople(ProcessEngine engine, JdbcTemplate jdbc, SimulatorUsers users, VacancyRepository vacancies,
                         ReservistRepository reservists, CaseCalendar calendar, ApplicationGroups applicationGroups) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.users = users;
    this.vacancies = vacancies;
    this.reservists = reservists;
    this.calendar = calendar;
    this.applicationGroups = applicationGroups;
  }

  /** Completes the task as a user of the right group; RACED when another simulator got there first. */
  public Result work(OpenTask task, FunnelPolicy policy, RunStats stats) {
    String user;
    Map<String, Object> values;
    String bk = task.businessKey();
    // Decisions on an application follow its IIN (the same whatever number it got), on a case its number.
    String pk = task.policyKey();
    switch (task.processKey() + ":" + task.key()) {
      case "ReserveSelection:Task_CheckDocuments" -> {
        user = operatorOfRegion(task);
        String decision = policy.documents(pk, false);
        if ("return".equals(decision) && task.returnedBefore()) {
          decision = policy.documents(pk, true);
        }
        values = new HashMap<>();
        values.put("documentDecision", decision);
        values.put("documentDecisionReason", switch (decision) {
          case "return" -> "The copy of the diploma is unreadable; please send a clear scan";
          case "reject" -> "The diploma is not a pedagogical one";
          default -> null;
        });
      }
      case "ReserveSelection:Task_ReceiveCorrectedDocuments" -> {
        user = operatorOfRegion(task);
        values = Map.of("correctionNote", "A clear scan of the diploma arrived by e-mail");
      }
      case "ReserveSelection:Task_AssignInternship" -> {
        user = users.anyMember(Groups.CPE_COORDINATORS);
        List<String> mentors = users.members(Groups.MENTORS);
        int year = cycleOf(bk);
        values = Map.of("basicModuleCompleted", true, "basicModuleCompletedOn", year + "-09-30",
            "leadingSchool", "NIS of Physics and Mathematics No. " + policy.between(pk, "leadingSchool", 1, 20),
            "mentorId", mentors.get(policy.between(pk, "mentor", 0, mentors.size() - 1)),
            "internshipStart", year + "-10-01", "internshipEnd", year + "-12-15");
      }
      case "ReserveSelection:Task_EvaluateInternship" -> {
        user = task.assignee();
        values = new HashMap<>(policy.rubric(pk));
        values.put("mentorRecommendation", "Led the school's methodical council during the internship.");
      }
      case "ReserveSelection:Task_AssessReport", "ReserveSelection:Task_ThirdAssessment" -> {
        List<String> assessed = jdbc.queryForList(
            "SELECT assessor_id FROM report_assessment WHERE application_number = ?", String.class, bk);
        user = task.assignee() != null ? task.assignee() : freeAssessor(task, assessed);
        int[] scores = policy.assessment(pk, assessed.size());
        values = Map.of("reportAnalysis", scores[0], "reportImpact", scores[1], "reportEvidence", scores[2],
            "reportReflection", scores[3],
            "assessmentComment", "A clear account of the change led in the school, with evidence.");
      }
      case "CommissionInterview:Task_MemberAnswers" -> {
        user = task.assignee();
        if (policy.recuses(pk, user, users.members(Groups.REPUBLICAN_COMMISSION).stream().sorted().toList())) {
          values = Map.of("conflictOfInterest", true, "conflictReason", "Worked with the candidate at one school");
        } else {
          int[] s = policy.interview(pk, user);
          values = Map.of("conflictOfInterest", false, "interviewVision", s[0], "interviewCompetence", s[1],
              "interviewCommunication", s[2], "interviewMotivation", s[3]);
        }
      }
      case "CommissionInterview:Task_ChairDecides" -> {
        user = users.anyMember(Groups.REPUBLICAN_COMMISSION_CHAIR);
        values = Map.of("chairDecision", policy.chairDecision(pk),
            "chairReason", "The commission's discussion of the candidate's vision decided it");
      }
      case "DirectorAppointment:Task_AssignActingHead" -> {
        user = regional(Groups.DISTRICT_OFFICERS, bk);
        LocalDate from = calendar.today().minusDays(5);
        values = Map.of("actingHeadName", "Жумабекова Динара Ерлановна", "actingHeadPost", "DEPUTY_DIRECTOR",
            "actingFrom", from.toString(), "actingUntil", from.plusMonths(2).toString());
      }
      case "DirectorAppointment:Task_ChoosePath" -> {
        user = regional(Groups.REGIONAL_OFFICERS, bk);
        values = users.as(user, () -> choosePath(task, policy));
      }
      case "DirectorAppointment:Task_RecordReservistAnswer" -> {
        user = regional(Groups.REGIONAL_OFFICERS, bk);
        String certificate = reservists.openOffer(bk).map(ReservistRepository.Offer::certificateNumber).orElse("");
        boolean accepts = policy.reservistAccepts(bk, certificate);
        values = Map.of("reservistAnswer", accepts ? "ACCEPTED" : "DECLINED",
            "answeredOn", calendar.today().toString(),
            "answerNote", accepts ? "Accepted by phone" : "Declined: moving to another city");
      }
      case "OpenCompetition:Task_PublishAnnouncement" -> {
        user = regional(Groups.REGIONAL_OFFICERS, bk);
        LocalDate vacated = vacancy(bk).vacatedOn();
        LocalDate on = calendar.today().minusDays(40);
        values = Map.of("announcedOn", (on.isBefore(vacated) ? vacated : on).toString(),
            "announcementText", "Open competition for the post at " + vacancy(bk).school());
      }
      case "OpenCompetition:Task_RecordApplications" -> {
        user = regional(Groups.REGIONAL_OFFICERS, bk);
        List<Map<String, Object>> rows = new ArrayList<>();
        int applicants = policy.competitionApplicants(bk);
        for (int j = 0; j < applicants; j++) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("iin", policy.iin(60_000_000 + Math.floorMod(bk.hashCode(), 1_000_000) * 10 + j));
          row.put("surname", List.of("Ivanova", "Petrov", "Serikova", "Akhmetov").get(j));
          row.put("firstName", List.of("Aigerim", "Bakhyt", "Dana", "Nurlan").get(j));
          row.put("patronymic", null);
          row.put("phone", String.format("+7702%07d", policy.between(bk, "phone" + j, 0, 9_999_999)));
          row.put("email", "candidate" + j + "@example.kz");
          row.put("currentPost", "Deputy director, School No. " + (j + 3));
          rows.add(row);
        }
        values = Map.of("candidates", CompetitionSteps.json(rows));
      }
      case "OpenCompetition:Task_CheckDocuments" -> {
        user = regional(Groups.REGIONAL_OFFICERS, bk);
        values = rows(user, task, "documentCheck", Map.of(), (i, n, row) -> {
          boolean reject = n == 4 && i == 3;
          row.put("decision", reject ? "REJECT" : "ACCEPT");
          row.put("reason", reject ? "No higher pedagogical education" : null);
        });
      }
      case "OpenCompetition:Task_RecordTestResults" -> {
        user = regional(Groups.REGIONAL_OFFICERS, bk);
        values = rows(user, task, "testResults", Map.of("observerName", "Nurgul Sadykova"), (i, n, row) -> {
          row.put("noShow", false);
          row.put("score", i == 0 ? 88.5 : i == 1 ? 76.0 : 61.5);
        });
      }
      case "OpenCompetition:Task_ScheduleSession" -> {
        user = regional(Groups.REGIONAL_OFFICERS, bk);
        values = rows(user, task, "consents", Map.of("sessionAt", calendar.today().plusDays(1) + "T10:00+05:00",
            "streamLink", "https://www.youtube.com/@edu-konkurs/live"), (i, n, row) -> row.put("consent", true));
      }
      case "OpenCompetition:Task_RecordAttendance" -> {
        user = regional(Groups.REGIONAL_OFFICERS, bk);
        values = rows(user, task, "attendance", Map.of(), (i, n, row) -> row.put("presence", "PRESENT"));
      }
      case "OpenCompetition:Task_OpenVote" -> {
        user = task.assignee();
        boolean tie = policy.competitionTie(bk);
        values = rows(user, task, "ballot", Map.of(),
            (i, n, row) -> row.put("vote", i == 0 || (tie && i == 1) ? "FOR" : "AGAINST"));
      }
      case "OpenCompetition:Task_ChairDecidesTie" -> {
        user = regional(Groups.COMPETITION_COMMISSION_CHAIR, bk);
        List<Map<String, Object>> options = users.as(user, () -> read(task.id(), "tieOptions"));
        values = Map.of("chairChoice", options.isEmpty() ? "NOBODY" : String.valueOf(options.get(0).get("value")),
            "chairReason", "The better test result and interview answers");
      }
      case "OpenCompetition:Task_AttachRecording" -> {
        user = regional(Groups.REGIONAL_OFFICERS, bk);
        values = Map.of("recordingLink", "https://www.youtube.com/watch?v=" + bk);
      }
      default -> {
        return Result.UNHANDLED;
      }
    }
    return submit(task, user, values, stats);
  }

  private Result submit(OpenTask task, String user, Map<String, Object> values, RunStats stats) {
    boolean claim = task.assignee() == null;
    for (int attempt = 1; ; attempt++) {
      try {
        boolean claimNow = claim;
        return users.as(user, () -> {
          if (claimNow) {
            engine.getTaskService().claim(task.id(), user);
          }
          long start = System.nanoTime();
          engine.getFormService().submitTaskForm(task.id(), values);
          stats.completed(task.key(), System.nanoTime() - start);
          return Result.COMPLETED;
        });
      } catch (TaskAlreadyClaimedException | NullValueException raced) {
        // Another node took it, or completed it: not ours to count.
        return Result.RACED;
      } catch (ProcessEngineException e) {
        org.camunda.bpm.engine.task.Task now =
            engine.getTaskService().createTaskQuery().taskId(task.id()).singleResult();
        if (now == null || (now.getAssignee() != null && !now.getAssignee().equals(user))) {
          return Result.RACED;
        }
        if (!(e instanceof OptimisticLockingException) || attempt >= 3) {
          throw e;
        }
        claim = now.getAssignee() == null;
      }
    }
  }

  private String freeAssessor(OpenTask task, List<String> assessed) {
    List<String> busy = new ArrayList<>(assessed);
    engine.getTaskService().createTaskQuery().processInstanceId(task.processInstanceId())
        .taskDefinitionKeyIn(ASSESS_KEYS.toArray(String[]::new)).list()
        .forEach(other -> {
          if (other.getAssignee() != null) {
            busy.add(other.getAssignee());
          }
        });
    return users.members(Groups.CPE_ASSESSORS).stream().sorted().filter(a -> !busy.contains(a)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no free assessor for " + task.businessKey()));
  }

  private Map<String, Object> choosePath(OpenTask task, FunnelPolicy policy) {
    String bk = task.businessKey();
    if (policy.offerToReservist(bk)) {
      List<Map<String, Object>> options = read(task.id(), "reservistOptions");
      for (Map<String, Object> option : options) {
        String certificate = String.valueOf(option.get("value"));
        if (offered.add(certificate)) {
          return Map.of("appointmentPath", "RESERVIST", "reservistCertificate", certificate,
              "offeredOn", calendar.today().toString());
        }
      }
    }
    return Map.of("appointmentPath", "COMPETITION");
  }

  interface RowFiller {
    void fill(int index, int rows, Map<String, Object> row);
  }

  /** The form's prefilled rows (ordered by candidate), answered by the filler, with the other values. */
  private Map<String, Object> rows(String user, OpenTask task, String variable, Map<String, Object> others,
                                   RowFiller filler) {
    List<Map<String, Object>> rows = new ArrayList<>(users.as(user, () -> read(task.id(), variable)));
    rows.sort(Comparator.comparingLong(row -> ((Number) row.get("candidateId")).longValue()));
    for (int i = 0; i < rows.size(); i++) {
      filler.fill(i, rows.size(), rows.get(i));
    }
    Map<String, Object> values = new HashMap<>(others);
    values.put(variable, CompetitionSteps.json(rows));
    return values;
  }

  private List<Map<String, Object>> read(String taskId, String variable) {
    Object value = engine.getTaskService().getVariable(taskId, variable);
    try {
      return value == null ? new ArrayList<>() : JSON.readValue(value.toString(), new TypeReference<>() {});
    } catch (Exception e) {
      throw new IllegalStateException("unreadable " + variable + " of task " + taskId, e);
    }
  }

  /** An operator of the application's region: a member of its document tasks' candidate group. */
  private String operatorOfRegion(OpenTask task) {
    Region region = task.region() != null ? task.region() : applicationGroups.regionOf(task.businessKey());
    return users.anyMember(Groups.inRegion(Groups.CPE_OPERATORS, region));
  }

  private String regional(String role, String vacancyNumber) {
    Region region = vacancy(vacancyNumber).region();
    return users.anyMember(Groups.inRegion(role, region));
  }

  private VacancyRepository.Vacancy vacancy(String number) {
    return vacancyCache.computeIfAbsent(number, vacancies::get);
  }

  private static int cycleOf(String applicationNumber) {
    // RS-<cycle>-<nnnnnn>
    return Integer.parseInt(applicationNumber.substring(3, 7));
  }
}
