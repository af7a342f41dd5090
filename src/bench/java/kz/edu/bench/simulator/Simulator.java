package kz.edu.bench.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import kz.edu.leaders.identity.IdentitySetup;
import kz.edu.leaders.appointment.CaseCalendar;
import kz.edu.leaders.appointment.DirectorAppointment;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.selection.ApplicationRepository;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.selection.ReserveSelection;
import kz.edu.leaders.selection.TestResultImport;
import kz.edu.leaders.selection.TestResultReport;
import kz.edu.leaders.selection.TestResultRow;
import kz.edu.bench.simulator.SimulatedPeople.OpenTask;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drives a national selection cycle and a set of appointment cases through the real processes, as their users:
 * registers N applications (idempotently: deterministic IINs, a registered one is skipped), then loops "find
 * open work, do it" until none is left: the open user tasks of its own cases (claimed and submitted as a user of
 * the right group), the applications waiting for a test result (posted in batches as the testing centre), and
 * the asynchronous jobs (run by the app's job executor, or by the simulator when the executor is off). Then
 * registers the vacancies, fills them by reservists of this cycle and by competition, and loops again. Work is
 * partitioned by business key over {@code nodes}; a task another simulator took is skipped, never counted twice.
 */
@Component
public class Simulator {

  private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
  static final String OWN_APPLICATION = "EXISTS (SELECT 1 FROM application a WHERE a.application_number = %s"
      + " AND a.registered_by = '" + SimulatorUsers.OPERATOR + "' AND a.cycle_year = %d)";
  static final String OWN_VACANCY = "EXISTS (SELECT 1 FROM vacancy v WHERE v.vacancy_number = %s"
      + " AND v.registered_by LIKE '" + SimulatorUsers.DISTRICT_PREFIX + "%%')";
  private static final List<String> TASK_ORDER = List.of("Task_AssignActingHead", "Task_ChoosePath");

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final TestResultImport testResults;
  private final ApplicationRepository applications;
  private final SimulatorUsers users;
  private final SimulatedPeople people;
  private final SimulationCheck check;
  private final BareEngineBaseline baseline;
  private final CaseCalendar calendar;

  public Simulator(ProcessEngine engine, JdbcTemplate jdbc, TestResultImport testResults,
                   ApplicationRepository applications, SimulatorUsers users, SimulatedPeople people,
                   SimulationCheck check, BareEngineBaseline baseline, CaseCalendar calendar) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.testResults = testResults;
    this.applications = applications;
    this.users = users;
    this.people = people;
    this.check = check;
    this.baseline = baseline;
    this.calendar = calendar;
  }

  /** Runs the whole simulation and answers its report (also printed); it does not exit. */
  public Map<String, Object> run(SimulatorSettings settings) {
    FunnelPolicy policy = new FunnelPolicy(settings.getSeed());
    RunStats stats = new RunStats();
    AtomicReference<String> phase = new AtomicReference<>("preparing");
    users.ensureSelectionPeople();
    Latencies myTasks = new Latencies();
    Latencies myGroupTasks = new Latencies();
    Date runStart = ClockUtil.getCurrentTime();
    long t0 = System.nanoTime();
    System.out.printf("[sim] cycle %d: %d applications, %d vacancies, %d threads, seed %d, node %d of %d, "
            + "job executor %s%n", settings.getCycle(), settings.getApplications(), settings.getVacancies(),
        settings.getThreads(), settings.getSeed(), settings.getNode(), settings.getNodes(),
        jobExecutorActive() ? "on" : "off (the simulator runs the jobs)");
    ScheduledExecutorService background = Executors.newScheduledThreadPool(2);
    background.scheduleAtFixedRate(() -> progress(phase.get(), stats, t0, settings), settings.getProgressSeconds(),
        settings.getProgressSeconds(), TimeUnit.SECONDS);
    background.scheduleWithFixedDelay(() -> sampleTaskLists(myTasks, myGroupTasks), 0, settings.getSampleMillis(),
        TimeUnit.MILLISECONDS);
    ExecutorService pool = Executors.newFixedThreadPool(settings.getThreads());
    double projectSeconds;
    Map<String, Object> phases = new LinkedHashMap<>();
    try {
      phase.set("registering");
      register(settings, policy, stats, pool);
      phases.put("registrationSeconds", round((System.nanoTime() - t0) / 1e9));
      long t1 = System.nanoTime();
      phase.set("selection");
      workLoop(settings, policy, stats, pool, false);
      phases.put("selectionWorkSeconds", round((System.nanoTime() - t1) / 1e9));
      long t2 = System.nanoTime();
      phase.set("vacancies");
      registerVacancies(settings, policy, stats);
      workLoop(settings, policy, stats, pool, true);
      phases.put("vacanciesSeconds", round((System.nanoTime() - t2) / 1e9));
      projectSeconds = (System.nanoTime() - t0) / 1e9;
      phase.set("checking");
    } finally {
      background.shutdownNow();
      pool.shutdownNow();
    }
    progress("done", stats, t0, settings);

    Map<String, Object> report = new LinkedHashMap<>();
    Map<String, Long> started = instancesStarted(runStart, settings.getCycle());
    long instances = started.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Object> project = new LinkedHashMap<>();
    project.put("wallSeconds", round(projectSeconds));
    project.put("phases", phases);
    project.put("applicationsRegistered", stats.registered.get());
    project.put("applicationsAlreadyThere", stats.alreadyRegistered.get());
    project.put("vacanciesRegistered", stats.vacanciesRegistered.get());
    project.put("instancesStarted", started);
    project.put("instancesStartedTotal", instances);
    project.put("tasksCompleted", stats.tasksCompleted.get());
    project.put("tasksByKey", RunStats.plain(stats.tasksByKey));
    project.put("tasksTakenByAnotherNode", stats.tasksRaced.get());
    project.put("taskFailures", stats.taskFailures.get());
    project.put("testResultBatches", stats.testBatches.get());
    project.put("testResultsPosted", stats.testResultsPosted.get());
    project.put("testResultsAccepted", stats.testResultsAccepted.get());
    project.put("jobsRunBySimulator", stats.jobsExecuted.get());
    project.put("jobsRacedAndRetried", stats.jobsRaced.get());
    project.put("rounds", stats.rounds.get());
    project.put("roundsWaitingForTheDatabase", stats.outageWaits.get());
    project.put("workFailedWhileTheDatabaseWasAway", stats.outageFailures.get());
    project.put("instancesPerSecond", round(instances / projectSeconds));
    project.put("tasksPerSecond", round(stats.tasksCompleted.get() / projectSeconds));
    project.put("taskCompletionLatency", stats.taskCompletion.summary());
    project.put("commissionMemberMyTasksLatency", myTasks.summary());
    project.put("operatorMyGroupTasksLatency", myGroupTasks.summary());
    project.put("errors", RunStats.plain(stats.errors));
    report.put("settings", Map.of("applications", settings.getApplications(), "cycle", settings.getCycle(),
        "threads", settings.getThreads(), "seed", settings.getSeed(), "batchSize", settings.getBatchSize(),
        "vacancies", settings.getVacancies(), "node", settings.getNode(), "nodes", settings.getNodes()));
    report.put("project", project);
    report.put("applicationOutcomes", applicationOutcomes(settings.getCycle()));
    report.put("applicationsByRegion", byRegion(settings.getCycle()));
    report.put("vacancyOutcomes", vacancyOutcomes());

    List<SimulationCheck.Result> checks = check.run(settings.getCycle());
    report.put("checks", checks.stream().map(SimulationCheck.Result::toMap).toList());
    boolean passed = checks.stream().allMatch(SimulationCheck.Result::passed);

    if (settings.isBaseline()) {
      phase.set("baseline");
      long candidates = Math.max(1, stats.registered.get() > 0 ? stats.registered.get() : settings.getApplications());
      double perCandidate = (double) stats.tasksCompleted.get() / candidates;
      int k = (int) Math.max(1, Math.round(perCandidate));
      int instancesOfBaseline = settings.getBaselineInstances() > 0 ? settings.getBaselineInstances()
          : (int) Math.max(1, candidates);
      // The same task-list sampling as during the project's run, so that both run under the same load.
      Latencies bareMyTasks = new Latencies();
      Latencies bareMyGroupTasks = new Latencies();
      ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
      sampler.scheduleWithFixedDelay(() -> sampleTaskLists(bareMyTasks, bareMyGroupTasks), 0,
          settings.getSampleMillis(), TimeUnit.MILLISECONDS);
      Map<String, Object> bare;
      try {
        bare = baseline.run(k, instancesOfBaseline, settings);
      } finally {
        sampler.shutdownNow();
      }
      bare.put("userTasksPerCandidateInProject", round(perCandidate));
      bare.put("commissionMemberMyTasksLatency", bareMyTasks.summary());
      bare.put("operatorMyGroupTasksLatency", bareMyGroupTasks.summary());
      report.put("bareEngine", bare);
      double bareTasks = ((Number) bare.get("tasksPerSecond")).doubleValue();
      double bareInstances = ((Number) bare.get("instancesPerSecond")).doubleValue();
      Map<String, Object> ratio = new LinkedHashMap<>();
      ratio.put("tasksPerSecond", bareTasks == 0 ? 0 : round(stats.tasksCompleted.get() / projectSeconds / bareTasks));
      ratio.put("instancesPerSecond", bareInstances == 0 ? 0 : round(instances / projectSeconds / bareInstances));
      ratio.put("goal", 0.8);
      report.put("projectToBareRatio", ratio);
    }
    report.put("passed", passed);
    SimulationReport.print(report);
    return report;
  }

  // --- registration ------------------------------------------------------------------------------------------

  private void register(SimulatorSettings settings, FunnelPolicy policy, RunStats stats, ExecutorService pool) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ReserveSelection.PROCESS_KEY).latestVersion().singleResult().getId();
    // A restarted run skips what it registered before: asked once, not once per application.
    Set<String> registered = ConcurrentHashMap.newKeySet();
    registered.addAll(jdbc.queryForList("SELECT iin FROM application WHERE cycle_year = ? AND registered_by = ?",
        String.class, settings.getCycle(), SimulatorUsers.OPERATOR));
    List<Callable<Void>> chunks = new ArrayList<>();
    int threads = settings.getThreads();
    for (int t = 0; t < threads; t++) {
      int first = t;
      chunks.add(() -> {
        for (int i = first; i < settings.getApplications(); i += threads) {
          if (i % settings.getNodes() != settings.getNode()) {
            continue;
          }
          Map<String, Object> values = policy.application(i, settings.getCycle());
          if (registered.contains((String) values.get("iin"))) {
            stats.alreadyRegistered.incrementAndGet();
            continue;
          }
          try {
            users.as(SimulatorUsers.OPERATOR, () -> engine.getFormService().submitStartForm(definition, values));
            stats.registered.incrementAndGet();
          } catch (InvalidSubmissionException e) {
            // Registered meanwhile by another node: the IIN is taken.
            if (applications.numberFor(settings.getCycle(), (String) values.get("iin")).isPresent()) {
              stats.alreadyRegistered.incrementAndGet();
            } else {
              stats.error("register", e);
            }
          } catch (RuntimeException e) {
            stats.error("register", e);
          }
        }
        return null;
      });
    }
    invokeAll(pool, chunks);
  }

  private void registerVacancies(SimulatorSettings settings, FunnelPolicy policy, RunStats stats) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(DirectorAppointment.PROCESS_KEY).latestVersion().singleResult().getId();
    // Half the cases where this cycle's reserve has people of the post's level, so that a reservist can take them.
    List<Map<String, Object>> reserve = jdbc.queryForList("""
        SELECT region, level, COUNT(*) AS people FROM reserve_entry WHERE status = 'ACTIVE' AND cycle_year = ?
        GROUP BY region, level ORDER BY COUNT(*) DESC, region, level""", settings.getCycle());
    LocalDate vacatedOn = calendar.today().minusDays(60);
    for (int i = 0; i < settings.getVacancies(); i++) {
      if (i % settings.getNodes() != settings.getNode()) {
        continue;
      }
      Region region;
      String post;
      if (i % 2 == 0 && !reserve.isEmpty()) {
        Map<String, Object> pair = reserve.get((i / 2) % reserve.size());
        region = Region.valueOf((String) pair.get("region"));
        post = (String) pair.get("level");
      } else {
        region = policy.region("v" + i);
        post = i % 4 == 1 ? "DIRECTOR" : "DEPUTY_DIRECTOR";
      }
      // The school names the case for a later run: the reserve (and so the region chosen) may have changed.
      String tag = "Simulated school No. " + (i + 1) + " (seed " + settings.getSeed() + ")";
      String school = tag + ", " + region.label();
      Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM vacancy WHERE school LIKE ?", Integer.class,
          tag + ",%");
      if (existing != null && existing > 0) {
        continue;
      }
      try {
        users.ensureRegionPeople(region);
        Map<String, Object> values = Map.of("school", school, "region", region.name(), "post", post,
            "vacatedOn", vacatedOn.toString());
        users.as(SimulatorUsers.districtOfficer(region),
            () -> engine.getFormService().submitStartForm(definition, values));
        stats.vacanciesRegistered.incrementAndGet();
      } catch (RuntimeException e) {
        stats.error("register vacancy", e);
      }
    }
  }

  // --- the work loop -----------------------------------------------------------------------------------------

  private void workLoop(SimulatorSettings settings, FunnelPolicy policy, RunStats stats, ExecutorService pool,
                        boolean withVacancies) {
    Map<String, Integer> attempts = new ConcurrentHashMap<>();
    Set<String> givenUp = ConcurrentHashMap.newKeySet();
    int idle = 0;
    int waitedForOthers = 0;
    long outageSince = 0;
    long lastProgress = progressMark(stats);
    while (true) {
      // Read before the open work: a case another node registers in between (its row and its first task commit
      // together) then shows below. Read after it, this node could see the case counted but not its task, and end.
      boolean allRegistered;
      List<OpenTask> tasks;
      List<String[]> waiting;
      boolean executorOn;
      List<String[]> jobs;
      try {
        allRegistered = othersRegistered(settings, withVacancies);
        tasks = openTasks(settings).stream().filter(t -> !givenUp.contains(t.id())).toList();
        waiting = waitingForTest(settings, policy).stream().filter(w -> !givenUp.contains(w[0])).toList();
        executorOn = jobExecutorActive();
        jobs = dueJobs(settings);
        outageSince = 0;
      } catch (RuntimeException e) {
        if (!DatabaseOutage.causedBy(e)) {
          throw e;
        }
        if (outageSince == 0) {
          outageSince = System.nanoTime();
          LOG.warn("Simulator: the database is unreachable ({}); waiting for it", e.getMessage());
        } else if (System.nanoTime() - outageSince > settings.getOutageTolerance().toNanos()) {
          throw e;
        }
        stats.outageWaits.incrementAndGet();
        sleep(1000);
        continue;
      }
      if (tasks.isEmpty() && waiting.isEmpty() && jobs.isEmpty()) {
        if (allRegistered) {
          return;
        }
        // Another node is still registering cases, some of which fall to this node.
        if (++waitedForOthers > 3000) {
          stats.error("work loop", new IllegalStateException("the other nodes registered nothing for 10 minutes"));
          return;
        }
        sleep(200);
        continue;
      }
      stats.rounds.incrementAndGet();
      List<Callable<Void>> work = new ArrayList<>();
      Map<String, List<OpenTask>> byCase = tasks.stream()
          .collect(Collectors.groupingBy(OpenTask::businessKey, LinkedHashMap::new, Collectors.toList()));
      byCase.values().forEach(caseTasks -> work.add(() -> {
        caseTasks.stream().sorted(Comparator.comparingInt(Simulator::order)).forEach(task -> {
          try {
            SimulatedPeople.Result result = people.work(task, policy, stats);
            if (result == SimulatedPeople.Result.RACED) {
              stats.tasksRaced.incrementAndGet();
            } else if (result == SimulatedPeople.Result.UNHANDLED) {
              givenUp.add(task.id());
              stats.error("no simulated user handles " + task.processKey() + ":" + task.key(),
                  new IllegalStateException(task.businessKey()));
            }
          } catch (RuntimeException e) {
            stats.taskFailures.incrementAndGet();
            if (DatabaseOutage.causedBy(e)) {
              // Not the task's fault: it is tried again once the database is back, however long that takes.
              stats.outageFailures.incrementAndGet();
              return;
            }
            stats.error(task.key(), e);
            if (attempts.merge(task.id(), 1, Integer::sum) >= 3) {
              givenUp.add(task.id());
              LOG.warn("Simulator gives up task {} of {} after 3 failures", task.key(), task.businessKey(), e);
            }
          }
        });
        return null;
      }));
      for (int from = 0; from < waiting.size(); from += settings.getBatchSize()) {
        List<String[]> batch = waiting.subList(from, Math.min(waiting.size(), from + settings.getBatchSize()));
        work.add(() -> {
          postTestResults(settings, policy, stats, batch, attempts, givenUp);
          return null;
        });
      }
      if (!executorOn) {
        // One case's jobs one after another, as the job executor runs a process instance's exclusive jobs.
        Map<String, List<String>> jobsByCase = jobs.stream().collect(Collectors.groupingBy(job -> job[1],
            LinkedHashMap::new, Collectors.mapping(job -> job[0], Collectors.toList())));
        jobsByCase.values().forEach(caseJobs -> work.add(() -> {
          for (String job : caseJobs) {
            try {
              engine.getManagementService().executeJob(job);
              stats.jobsExecuted.incrementAndGet();
            } catch (OptimisticLockingException raced) {
              // Collided with work on the same case: the engine rolled it back; it runs again next round.
              stats.jobsRaced.incrementAndGet();
            } catch (RuntimeException e) {
              stats.error("job", e);
            }
          }
          return null;
        }));
      }
      if (work.isEmpty()) {
        sleep(100);  // only jobs are left and the job executor has them: wait for it
      } else {
        invokeAll(pool, work);
      }
      long mark = progressMark(stats);
      idle = mark == lastProgress ? idle + 1 : 0;
      lastProgress = mark;
      if (idle >= (executorOn ? 3000 : 50)) {
        stats.error("work loop", new IllegalStateException("no progress for " + idle + " rounds: stopping"));
        return;
      }
    }
  }

  private static long progressMark(RunStats stats) {
    return stats.tasksCompleted.get() + stats.tasksRaced.get() + stats.testResultsAccepted.get()
        + stats.jobsExecuted.get() + stats.taskFailures.get();
  }

  private static int order(OpenTask task) {
    int index = TASK_ORDER.indexOf(task.key());
    return index < 0 ? TASK_ORDER.size() : index;
  }

  private void postTestResults(SimulatorSettings settings, FunnelPolicy policy, RunStats stats, List<String[]> batch,
                               Map<String, Integer> attempts, Set<String> givenUp) {
    List<TestResultRow> rows = new ArrayList<>();
    for (String[] application : batch) {
      rows.add(new TestResultRow(rows.size() + 1, application[1], policy.testScores(application[1])));
    }
    try {
      TestResultReport report = users.as(users.anyMember(Groups.TESTING_CENTRE),
          () -> testResults.importBatch(settings.getCycle(), rows));
      stats.testBatches.incrementAndGet();
      stats.testResultsPosted.addAndGet(rows.size());
      stats.testResultsAccepted.addAndGet(report.accepted());
      for (TestResultReport.RowResult row : report.rows()) {
        if (row.status() != TestResultReport.Status.ACCEPTED && row.applicationNumber() != null
            && attempts.merge(row.applicationNumber(), 1, Integer::sum) >= 3) {
          givenUp.add(row.applicationNumber());
        }
      }
    } catch (RuntimeException e) {
      stats.error("test results", e);
    }
  }

  // --- finding work ------------------------------------------------------------------------------------------

  private List<OpenTask> openTasks(SimulatorSettings settings) {
    String sql = """
        SELECT t.ID_ AS id, t.TASK_DEF_KEY_ AS task_key, t.ASSIGNEE_ AS assignee, t.PROC_INST_ID_ AS pi,
               d.KEY_ AS process_key, p.BUSINESS_KEY_ AS bk, ap.iin AS iin, ap.region AS region,
               CASE WHEN EXISTS (SELECT 1 FROM application_decision r WHERE r.application_number = ap.application_number
                 AND r.stage = 'DOCUMENT_CHECK' AND r.decision = 'return') THEN 1 ELSE 0 END AS returned
        FROM ACT_RU_TASK t
        JOIN ACT_RU_EXECUTION p ON p.ID_ = t.PROC_INST_ID_
        JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_
        LEFT JOIN application ap ON ap.application_number = p.BUSINESS_KEY_
        WHERE (d.KEY_ IN ('ReserveSelection', 'CommissionInterview') AND %s)
           OR (d.KEY_ IN ('DirectorAppointment', 'OpenCompetition') AND %s)
        ORDER BY t.CREATE_TIME_, t.ID_""".formatted(
        OWN_APPLICATION.formatted("p.BUSINESS_KEY_", settings.getCycle()), OWN_VACANCY.formatted("p.BUSINESS_KEY_"));
    return jdbc.query(sql, (rs, n) -> new OpenTask(rs.getString("id"), rs.getString("task_key"),
            rs.getString("assignee"), rs.getString("pi"), rs.getString("process_key"), rs.getString("bk"),
            rs.getString("iin") == null ? rs.getString("bk") : rs.getString("iin").strip(),
            rs.getString("region") == null ? null : Region.valueOf(rs.getString("region")), rs.getInt("returned") == 1))
        .stream().filter(t -> mine(t.businessKey(), settings)).toList();
  }

  /** {application number, IIN} of own applications waiting for a test result, less the no-shows. */
  private List<String[]> waitingForTest(SimulatorSettings settings, FunnelPolicy policy) {
    return jdbc.query("""
            SELECT application_number, iin FROM application
            WHERE registered_by = ? AND cycle_year = ? AND status = 'IN_PROGRESS' AND stage = 'TEST'
            ORDER BY application_number""",
            (rs, n) -> new String[] {rs.getString(1), rs.getString(2).strip()}, SimulatorUsers.OPERATOR,
            settings.getCycle())
        .stream().filter(a -> mine(a[0], settings) && !policy.noShow(a[1])).toList();
  }

  /** Due asynchronous continuations (not timers) of own cases that have retries left: job id and business key. */
  private List<String[]> dueJobs(SimulatorSettings settings) {
    String sql = """
        SELECT j.ID_ AS id, p.BUSINESS_KEY_ AS bk FROM ACT_RU_JOB j
        JOIN ACT_RU_EXECUTION p ON p.ID_ = j.PROCESS_INSTANCE_ID_
        WHERE j.TYPE_ = 'message' AND j.RETRIES_ > 0 AND (j.DUEDATE_ IS NULL OR j.DUEDATE_ <= ?)
          AND ((j.PROCESS_DEF_KEY_ IN ('ReserveSelection', 'CommissionInterview') AND %s)
            OR (j.PROCESS_DEF_KEY_ IN ('DirectorAppointment', 'OpenCompetition') AND %s))""".formatted(
        OWN_APPLICATION.formatted("p.BUSINESS_KEY_", settings.getCycle()), OWN_VACANCY.formatted("p.BUSINESS_KEY_"));
    return jdbc.query(sql, (rs, n) -> new String[] {rs.getString("id"), rs.getString("bk")},
            new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime()))
        .stream().filter(j -> mine(j[1], settings)).toList();
  }

  /**
   * With several nodes, cases are registered by one node and worked by the node their business key falls to: a node
   * is done only once every node has registered its share.
   */
  private boolean othersRegistered(SimulatorSettings settings, boolean withVacancies) {
    if (settings.getNodes() == 1) {
      return true;
    }
    Integer applicationsThere = jdbc.queryForObject(
        "SELECT COUNT(*) FROM application WHERE cycle_year = ? AND registered_by = ?", Integer.class,
        settings.getCycle(), SimulatorUsers.OPERATOR);
    if (applicationsThere == null || applicationsThere < settings.getApplications()) {
      return false;
    }
    if (!withVacancies) {
      return true;
    }
    Integer casesThere = jdbc.queryForObject("SELECT COUNT(*) FROM vacancy WHERE school LIKE ?", Integer.class,
        "Simulated school No. % (seed " + settings.getSeed() + "),%");
    return casesThere != null && casesThere >= settings.getVacancies();
  }

  static boolean mine(String businessKey, SimulatorSettings settings) {
    return settings.getNodes() == 1
        || Math.floorMod(FunnelPolicy.mix(businessKey.hashCode()), settings.getNodes()) == settings.getNode();
  }

  private boolean jobExecutorActive() {
    var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    return executor != null && executor.isActive();
  }

  // --- measuring ---------------------------------------------------------------------------------------------

  /**
   * A commission member's "My tasks" and an operator's "My group tasks", as Tasklist asks for them: logged in,
   * through the saved filter, newest first, the first page of 15 and the count. Document checks go to the
   * application's region, so the operator is the simulator's operator of the region with the most applications.
   */
  private void sampleTaskLists(Latencies myTasks, Latencies myGroupTasks) {
    try {
      List<String> commission = users.members(Groups.REPUBLICAN_COMMISSION);
      List<String> chairs = users.members(Groups.REPUBLICAN_COMMISSION_CHAIR);
      String member = commission.stream().filter(m -> !chairs.contains(m)).findFirst().orElse(commission.get(0));
      myTasks.record(timeFilter(member, IdentitySetup.MY_TASKS));
      String operator = SimulatorUsers.regionalOperator(FunnelPolicy.regionWithMostApplications());
      myGroupTasks.record(timeFilter(operator, IdentitySetup.MY_GROUP_TASKS));
    } catch (RuntimeException e) {
      LOG.debug("Task list sample failed", e);
    }
  }

  private long timeFilter(String user, String filterName) {
    return users.as(user, () -> {
      long start = System.nanoTime();
      Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
      TaskQuery newestFirst = engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc();
      engine.getFilterService().listPage(filter.getId(), newestFirst, 0, 15);
      engine.getFilterService().count(filter.getId());
      return System.nanoTime() - start;
    });
  }

  private void progress(String phase, RunStats stats, long t0, SimulatorSettings settings) {
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("[sim] %6.0fs %-11s registered %d/%d, tasks %d (%.1f/s), test results %d in %d batches, "
            + "jobs %d, vacancies %d, raced %d, failures %d, round %d%n", seconds, phase, stats.registered.get()
            + stats.alreadyRegistered.get(), settings.getApplications() / settings.getNodes(),
        stats.tasksCompleted.get(), stats.tasksCompleted.get() / Math.max(seconds, 0.001),
        stats.testResultsAccepted.get(), stats.testBatches.get(), stats.jobsExecuted.get(),
        stats.vacanciesRegistered.get(), stats.tasksRaced.get(), stats.taskFailures.get(), stats.rounds.get());
  }

  private Map<String, Long> instancesStarted(Date since, int cycle) {
    String sql = """
        SELECT h.PROC_DEF_KEY_ AS process_key, COUNT(*) AS started FROM ACT_HI_PROCINST h
        WHERE h.START_TIME_ >= ? AND ((h.PROC_DEF_KEY_ IN ('ReserveSelection', 'CommissionInterview') AND %s)
          OR (h.PROC_DEF_KEY_ IN ('DirectorAppointment', 'OpenCompetition') AND %s))
        GROUP BY h.PROC_DEF_KEY_ ORDER BY h.PROC_DEF_KEY_""".formatted(
        OWN_APPLICATION.formatted("h.BUSINESS_KEY_", cycle), OWN_VACANCY.formatted("h.BUSINESS_KEY_"));
    Map<String, Long> started = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      started.put(rs.getString("process_key"), rs.getLong("started"));
    }, new java.sql.Timestamp(since.getTime()));
    return started;
  }

  private Map<String, Long> applicationOutcomes(int cycle) {
    Map<String, Long> outcomes = new LinkedHashMap<>();
    jdbc.query("""
        SELECT CASE WHEN status = 'CLOSED' THEN outcome ELSE 'IN_PROGRESS at ' || stage END AS outcome, COUNT(*) AS n
        FROM application WHERE registered_by = ? AND cycle_year = ?
        GROUP BY CASE WHEN status = 'CLOSED' THEN outcome ELSE 'IN_PROGRESS at ' || stage END ORDER BY 2 DESC""",
        rs -> {
          outcomes.put(rs.getString(1), rs.getLong(2));
        }, SimulatorUsers.OPERATOR, cycle);
    return outcomes;
  }

  private Map<String, Map<String, Long>> byRegion(int cycle) {
    Map<String, Map<String, Long>> regions = new LinkedHashMap<>();
    jdbc.query("""
        SELECT region, COUNT(*) AS applications, SUM(CASE WHEN outcome = 'ENROLLED' THEN 1 ELSE 0 END) AS enrolled
        FROM application WHERE registered_by = ? AND cycle_year = ? GROUP BY region ORDER BY 2 DESC""", rs -> {
          regions.put(rs.getString(1), Map.of("applications", rs.getLong(2), "enrolled", rs.getLong(3)));
        }, SimulatorUsers.OPERATOR, cycle);
    return regions;
  }

  private Map<String, Long> vacancyOutcomes() {
    Map<String, Long> outcomes = new LinkedHashMap<>();
    jdbc.query("""
        SELECT v.status || COALESCE(' by ' || o.path, '') AS outcome, COUNT(*) AS n
        FROM vacancy v LEFT JOIN appointment_order o ON o.vacancy_number = v.vacancy_number
        WHERE v.registered_by LIKE 'simdistrict%'
        GROUP BY v.status || COALESCE(' by ' || o.path, '') ORDER BY 2 DESC""", rs -> {
          outcomes.put(rs.getString(1), rs.getLong(2));
        });
    return outcomes;
  }

  // --- helpers -----------------------------------------------------------------------------------------------

  static <T> void invokeAll(ExecutorService pool, List<Callable<T>> work) {
    try {
      for (var future : pool.invokeAll(work)) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("simulation interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("simulated work failed", e.getCause());
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

}
