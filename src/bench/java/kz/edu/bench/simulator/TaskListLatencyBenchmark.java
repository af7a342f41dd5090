package kz.edu.bench.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import kz.edu.leaders.identity.IdentitySetup;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.domain.Region;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Profile {@code latency-bench}: seeds a whole cycle's open work (see {@link LatencyCycleSeeder}), then measures
 * what Tasklist asks with that much work open and prints p50/p95/p99/max in milliseconds:
 * (a) a Republican commission member's "My tasks", (b) a regional operator's "My group tasks" (each: the saved
 * filter, first page of 15 sorted by creation time descending, plus its count, authenticated as the user with the
 * user's groups, authorization on), (c) the funnel-by-region query of docs/processes.md. Document checks go to the
 * application's region, so (b) is an operator of the region with the most open document checks (the first member
 * of its group by id, {@code operator} for Turkistan with the demo users) unless {@code leaders.bench.operator}
 * names one. With
 * {@code leaders.bench.rest=true} it also asks (a) and (b) through {@code /engine-rest/filter/{id}/list} as
 * Tasklist does (HAL, HTTP Basic). Exits when done unless {@code leaders.bench.exit=false}.
 */
@Component
@Profile("latency-bench")
public class TaskListLatencyBenchmark implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TaskListLatencyBenchmark.class);
  static final String FUNNEL = """
      SELECT region, stage, outcome, COUNT(*) AS applications
      FROM application WHERE cycle_year = 2026
      GROUP BY region, stage, outcome ORDER BY region, stage, outcome""";
  private static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],"
      + "\"caseInstanceVariables\":[],\"orQueries\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

  private final LatencyCycleSeeder seeder;
  private final FilterService filters;
  private final TaskService tasks;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final ConfigurableApplicationContext context;
  private final Environment environment;

  @Value("${leaders.bench.documents:30000}")
  private int documents;
  @Value("${leaders.bench.interviews:300}")
  private int interviews;
  @Value("${leaders.bench.seed-threads:4}")
  private int seedThreads;
  @Value("${leaders.bench.warm-up:30}")
  private int warmUp;
  @Value("${leaders.bench.repetitions:200}")
  private int repetitions;
  @Value("${leaders.bench.rounds:3}")
  private int rounds;
  /** A query slower than this budget (seconds per query and round) is measured fewer times: see column n. */
  @Value("${leaders.bench.max-seconds:60}")
  private int maxSeconds;
  @Value("${leaders.bench.member:commission}")
  private String member;
  /** Empty: the first member of the group of the region with the most open document checks. */
  @Value("${leaders.bench.operator:}")
  private String operator;
  @Value("${leaders.bench.rest:true}")
  private boolean rest;
  @Value("${leaders.bench.exit:true}")
  private boolean exit;

  public TaskListLatencyBenchmark(LatencyCycleSeeder seeder, FilterService filters, TaskService tasks,
                                  IdentityService identity, JdbcTemplate jdbc, ConfigurableApplicationContext context,
                                  Environment environment) {
    this.seeder = seeder;
    this.filters = filters;
    this.tasks = tasks;
    this.identity = identity;
    this.jdbc = jdbc;
    this.context = context;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    seeder.seed(documents, interviews, seedThreads);
    jdbc.execute("ANALYZE");  // as autovacuum would after a bulk load; keeps the run-to-run plans stable
    String myTasks = filterId(IdentitySetup.MY_TASKS);
    String myGroupTasks = filterId(IdentitySetup.MY_GROUP_TASKS);
    Region busiest = regionWithMostDocumentChecks();
    if (operator.isBlank()) {
      operator = identity.createUserQuery().memberOfGroup(Groups.inRegion(Groups.CPE_OPERATORS, busiest))
          .orderByUserId().asc().listPage(0, 1).stream().map(user -> user.getId()).findFirst()
          .orElseThrow(() -> new IllegalStateException("No operator in the group of " + busiest));
    }
    Map<String, LongSupplier> queries = new LinkedHashMap<>();
    queries.put("(a) " + member + ": My tasks", () -> filterPage(member, myTasks));
    queries.put("(b) " + operator + ": My group tasks", () -> filterPage(operator, myGroupTasks));
    queries.put("(c) funnel by region", () -> jdbc.queryForList(FUNNEL).size());
    if (rest) {
      String base = "http://localhost:" + environment.getProperty("local.server.port", "8080")
          + "/engine-rest/filter/";
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      queries.put("(a) REST " + member + ": My tasks", () -> restPage(http, base + myTasks, member));
      queries.put("(b) REST " + operator + ": My group tasks", () -> restPage(http, base + myGroupTasks, operator));
    }

    Map<String, long[]> counts = new LinkedHashMap<>();
    for (Map.Entry<String, LongSupplier> query : queries.entrySet()) {
      counts.put(query.getKey(), new long[] {query.getValue().getAsLong()});
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format("%nTask-list latency: %d open tasks (%d at Check documents, %d interview tasks), "
            + "%d applications in cycle %d; %d rounds x %d repetitions after %d warm-up%n",
        tasks.createTaskQuery().count(), tasks.createTaskQuery().taskDefinitionKey("Task_CheckDocuments").count(),
        tasks.createTaskQuery().taskDefinitionKey("Task_MemberAnswers").count(),
        jdbc.queryForObject("SELECT COUNT(*) FROM application WHERE cycle_year = 2026", Long.class),
        LatencyCycleSeeder.CYCLE, rounds, repetitions, warmUp));
    out.append(String.format("(b) %s: operator of %s; %d open document checks in the user's groups, %d tasks in the "
            + "filter (the region with the most open document checks: %s, %d)%n", operator,
        Groups.regionsOf(Groups.CPE_OPERATORS, groups(operator)).stream().map(Region::label).sorted().toList(),
        documentChecksOf(groups(operator)), counts.get("(b) " + operator + ": My group tasks")[0], busiest.label(),
        documentChecksOf(List.of(Groups.inRegion(Groups.CPE_OPERATORS, busiest)))));
    out.append(String.format("%-36s %5s %9s %9s %9s %9s %5s %8s%n", "query (ms)", "round", "p50", "p95", "p99",
        "max", "n", "rows"));
    Map<String, List<double[]>> results = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      for (Map.Entry<String, LongSupplier> query : queries.entrySet()) {
        double[] figures = measure(query.getValue());
        results.computeIfAbsent(query.getKey(), k -> new ArrayList<>()).add(figures);
        out.append(String.format("%-36s %5d %9.1f %9.1f %9.1f %9.1f %5d %8d%n", query.getKey(), round, figures[0],
            figures[1], figures[2], figures[3], (long) figures[4], counts.get(query.getKey())[0]));
      }
    }
    for (Map.Entry<String, List<double[]>> result : results.entrySet()) {
      out.append(String.format("%-36s %5s %9.1f %9.1f %9.1f %9.1f%n", result.getKey(), "med",
          median(result.getValue(), 0), median(result.getValue(), 1), median(result.getValue(), 2),
          median(result.getValue(), 3)));
    }
    System.out.println(out);
    LOG.info("Latency bench done");
    if (exit) {
      System.exit(SpringApplication.exit(context, () -> 0));
    }
  }

  /** What Tasklist's filter list asks: the first page of 15, newest first, and the filter's count. */
  private long filterPage(String user, String filterId) {
    identity.setAuthentication(user, groups(user));
    try {
      TaskQuery newestFirst = tasks.createTaskQuery().orderByTaskCreateTime().desc();
      List<Task> page = filters.listPage(filterId, newestFirst, 0, 15);
      long count = filters.count(filterId, newestFirst);
      if (page.isEmpty()) {
        throw new IllegalStateException(user + " sees no task in filter " + filterId);
      }
      return count;
    } finally {
      identity.clearAuthentication();
    }
  }

  private long restPage(HttpClient http, String filterUrl, String user) {
    String login = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(filterUrl + "/list?firstResult=0&maxResults=15"))
        .header("Authorization", "Basic " + login).header("Accept", "application/hal+json")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(TASKLIST_BODY)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
      }
      return response.body().length();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The region whose operators' group has the most open "Check documents" tasks. A database seeded before document
   * checks went to region groups has them in {@code cpe-operators}: it is refused, as its (b) would not be today's.
   */
  private Region regionWithMostDocumentChecks() {
    List<Map<String, Object>> groups = jdbc.queryForList("""
        SELECT l.GROUP_ID_ AS group_id, COUNT(*) AS tasks FROM ACT_RU_IDENTITYLINK l
        JOIN ACT_RU_TASK t ON t.ID_ = l.TASK_ID_
        WHERE t.TASK_DEF_KEY_ = 'Task_CheckDocuments' AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL
        GROUP BY l.GROUP_ID_ ORDER BY COUNT(*) DESC, l.GROUP_ID_""");
    if (groups.isEmpty()) {
      throw new IllegalStateException("No open document check: nothing to measure for (b)");
    }
    String group = (String) groups.get(0).get("group_id");
    return Groups.regionsOf(Groups.CPE_OPERATORS, List.of(group)).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("The open document checks are in group " + group
            + ", not in a region's group: the database was seeded before document checks became regional."
            + " Measure on a fresh database."));
  }

  private long documentChecksOf(List<String> groups) {
    return tasks.createTaskQuery().taskDefinitionKey("Task_CheckDocuments").taskCandidateGroupIn(groups)
        .taskUnassigned().count();
  }

  private final Map<String, List<String>> groupsByUser = new java.util.concurrent.ConcurrentHashMap<>();

  private List<String> groups(String user) {
    return groupsByUser.computeIfAbsent(user, u ->
        identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList());
  }

  private String filterId(String name) {
    return filters.createFilterQuery().filterName(name).singleResult().getId();
  }

  /**
   * p50, p95, p99, max in milliseconds and n: {@code repetitions} calls after {@code warmUp} calls, fewer (at least
   * one) when they do not fit in {@code maxSeconds}.
   */
  private double[] measure(LongSupplier call) {
    long budget = maxSeconds * 1_000_000_000L;
    long deadline = System.nanoTime() + budget;
    long warmUpEnd = System.nanoTime() + budget / 4;
    for (int i = 0; i < warmUp && System.nanoTime() < warmUpEnd; i++) {
      call.getAsLong();
    }
    double[] millis = new double[repetitions];
    int n = 0;
    while (n < repetitions && (n == 0 || System.nanoTime() < deadline)) {
      long started = System.nanoTime();
      call.getAsLong();
      millis[n++] = (System.nanoTime() - started) / 1_000_000.0;
    }
    millis = Arrays.copyOf(millis, n);
    Arrays.sort(millis);
    return new double[] {percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
        millis[millis.length - 1], n};
  }

  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double median(List<double[]> runs, int figure) {
    double[] values = runs.stream().mapToDouble(run -> run[figure]).sorted().toArray();
    return values.length % 2 == 1 ? values[values.length / 2]
        : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
  }
}
