package kz.edu.bench.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Profile {@code simulate}: once the app is ready (after any demo seeding), runs the simulator, or only its
 * invariant checks ({@code leaders.simulator.check-only=true}); writes the JSON report and, unless
 * {@code leaders.simulator.exit=false}, exits: status 0, or 1 when a check failed or the run broke.
 */
@Component
@Profile("simulate")
public class SimulatorRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SimulatorRunner.class);

  private final Simulator simulator;
  private final SimulationCheck check;
  private final SimulatorSettings settings;
  private final ApplicationContext context;

  public SimulatorRunner(Simulator simulator, SimulationCheck check, SimulatorSettings settings,
                         ApplicationContext context) {
    this.simulator = simulator;
    this.check = check;
    this.settings = settings;
    this.context = context;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1000)
  public void simulate() {
    int status;
    try {
      Map<String, Object> report;
      if (settings.isCheckOnly()) {
        List<SimulationCheck.Result> results = check.run(settings.getCycle());
        report = new LinkedHashMap<>();
        report.put("checks", results.stream().map(SimulationCheck.Result::toMap).toList());
        report.put("passed", results.stream().allMatch(SimulationCheck.Result::passed));
        SimulationReport.print(report);
      } else {
        report = simulator.run(settings);
      }
      SimulationReport.write(report, settings.getReport());
      status = Boolean.TRUE.equals(report.get("passed")) ? 0 : 1;
    } catch (Exception e) {
      LOG.error("Simulation failed", e);
      System.out.println("[sim] FAILED: " + e);
      status = 2;
    }
    if (settings.isExit()) {
      int code = status;
      System.exit(SpringApplication.exit(context, () -> code));
    }
  }
}
