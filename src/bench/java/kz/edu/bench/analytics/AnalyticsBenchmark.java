package kz.edu.bench.analytics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import kz.edu.bench.simulator.Latencies;
import kz.edu.leaders.analytics.CycleAnalytics;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.domain.Region;
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
 * Profile {@code analytics-bench}: seeds the cycles {@code leaders.bench.analytics.cycles} (each
 * {@code applications} applications, by default 15,000, and {@code competitions} competitions) unless they are there,
 * then times each cycle's report: for the country and for one region in the service ({@link CycleAnalytics}), and for
 * the country through {@code GET /api/analytics/cycles/{cycle}} as the page asks for it (HTTP Basic as an analyst, the
 * JSON included). Prints p50/p95/max in milliseconds per cycle. Exits when done unless {@code exit=false}.
 */
@Component
@Profile("analytics-bench")
class AnalyticsBenchmark implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AnalyticsBenchmark.class);

  private final AnalyticsCycleSeeder seeder;
  private final CycleAnalytics analytics;
  private final JdbcTemplate jdbc;
  private final Environment environment;
  private final ConfigurableApplicationContext context;

  @Value("${leaders.bench.analytics.cycles:2101,2102,2103,2104}")
  private List<Integer> cycles;
  @Value("${leaders.bench.analytics.applications:15000}")
  private int applications;
  @Value("${leaders.bench.analytics.competitions:400}")
  private int competitions;
  @Value("${leaders.bench.analytics.warm-up:5}")
  private int warmUp;
  @Value("${leaders.bench.analytics.repetitions:30}")
  private int repetitions;
  @Value("${leaders.bench.analytics.region:TURKISTAN}")
  private Region region;
  @Value("${leaders.bench.analytics.user:analyst}")
  private String user;
  @Value("${leaders.bench.analytics.password:analyst}")
  private String password;
  @Value("${leaders.bench.exit:true}")
  private boolean exit;

  AnalyticsBenchmark(AnalyticsCycleSeeder seeder, CycleAnalytics analytics, JdbcTemplate jdbc,
                     Environment environment, ConfigurableApplicationContext context) {
    this.seeder = seeder;
    this.analytics = analytics;
    this.jdbc = jdbc;
    this.environment = environment;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    for (int cycle : cycles) {
      if (seeder.present(cycle)) {
        System.out.printf("[analytics] cycle %d is there already%n", cycle);
        continue;
      }
      long t0 = System.nanoTime();
      long rows = seeder.seed(cycle, applications, competitions);
      System.out.printf("[analytics] seeded cycle %d: %d rows in %.1f s%n", cycle, rows, (System.nanoTime() - t0) / 1e9);
    }
    if (environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql")) {
      // What autovacuum does soon after a bulk load; without it the planner guesses at tables it has never seen.
      jdbc.execute("ANALYZE application, application_stage_visit, reserve_entry, appointment_order, competition, vacancy");
    }
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM application", Long.class);
    Long visits = jdbc.queryForObject("SELECT COUNT(*) FROM application_stage_visit", Long.class);
    System.out.printf("[analytics] database: %d applications in all, %d stage visits; %s%n", total, visits,
        environment.getProperty("spring.datasource.url"));
    HttpClient http = HttpClient.newHttpClient();
    String port = environment.getProperty("local.server.port", "8080");
    String authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(StandardCharsets.UTF_8));
    System.out.printf("[analytics] %-6s %9s | %-26s | %-26s | %-26s%n", "cycle", "apps", "service, country (ms)",
        "service, " + region.name().toLowerCase() + " (ms)", "GET /api/analytics (ms)");
    double worst = 0;
    for (int cycle : cycles) {
      Latencies country = time(() -> analytics.report(cycle, null, Language.RU));
      Latencies oneRegion = time(() -> analytics.report(cycle, region, Language.RU));
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/analytics/cycles/"
          + cycle)).header("Authorization", authorization).header("Accept-Language", "ru").GET().build();
      Latencies api = time(() -> {
        try {
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 200) {
            throw new IllegalStateException("GET answered " + response.statusCode() + ": " + response.body());
          }
          return response.body();
        } catch (java.io.IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      Integer size = jdbc.queryForObject("SELECT COUNT(*) FROM application WHERE cycle_year = ?", Integer.class,
          cycle);
      System.out.printf("[analytics] %-6d %9d | %-26s | %-26s | %-26s%n", cycle, size, figures(country),
          figures(oneRegion), figures(api));
      worst = Math.max(worst, Math.max(api.percentileMillis(100), country.percentileMillis(100)));
    }
    System.out.printf("[analytics] slowest of all: %.1f ms (goal: under 1000 ms)%n", worst);
    if (exit) {
      System.exit(SpringApplication.exit(context, () -> 0));
    }
  }

  private Latencies time(Supplier<Object> call) {
    for (int i = 0; i < warmUp; i++) {
      call.get();
    }
    Latencies latencies = new Latencies();
    for (int i = 0; i < repetitions; i++) {
      long t0 = System.nanoTime();
      call.get();
      latencies.record(System.nanoTime() - t0);
    }
    LOG.debug("{} samples", latencies.count());
    return latencies;
  }

  private static String figures(Latencies latencies) {
    return String.format("p50 %.1f p95 %.1f max %.1f", latencies.percentileMillis(50), latencies.percentileMillis(95),
        latencies.percentileMillis(100));
  }
}
