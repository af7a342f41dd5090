package kz.edu.bench.simulator;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code leaders.simulator.*}: what the simulator drives and how. Read only when it runs (profile
 * {@code simulate}, or a test calling {@link Simulator#run}).
 */
@Component
@ConfigurationProperties(prefix = "leaders.simulator")
public class SimulatorSettings {

  /** Applications to register (the 2024 cycle had over 13,000). */
  private int applications = 15_000;
  private int cycle = 2026;
  /** Simulated users working at the same time (worker threads). */
  private int threads = 4;
  /** Seeds the IINs and every decision; the same seed on the same database resumes the same cycle. */
  private long seed = 2026;
  /** Rows per test-result batch posted as the testing centre. */
  private int batchSize = 500;
  /** Appointment cases, filled by reservists of this run and by competition. */
  private int vacancies = 30;
  /** Measure the bare engine afterwards on the same database. */
  private boolean baseline = true;
  /** Instances of the bare-engine process; 0: as many as applications registered in this run. */
  private int baselineInstances = 0;
  /** Exit the JVM when done (status 0, or 1 when an invariant check fails). */
  private boolean exit = true;
  /** Only check the invariants of what earlier runs left, then exit. */
  private boolean checkOnly = false;
  /** This node's number (0-based) and the number of nodes sharing the work. */
  private int node = 0;
  private int nodes = 1;
  /** Where the JSON report goes. */
  private String report = "target/simulator-report.json";
  private int progressSeconds = 5;
  /** How often a commission member's and an operator's task lists are queried and timed. */
  private int sampleMillis = 1000;
  /** With this node's notification worker on, how long the checks wait for the outbox to empty before judging it. */
  private Duration outboxDrain = Duration.ofMinutes(3);

  public Duration getOutboxDrain() { return outboxDrain; }
  public void setOutboxDrain(Duration outboxDrain) { this.outboxDrain = outboxDrain; }

  /** How long the simulated people wait for an unreachable database before the run fails. */
  private Duration outageTolerance = Duration.ofMinutes(3);

  public Duration getOutageTolerance() { return outageTolerance; }
  public void setOutageTolerance(Duration outageTolerance) { this.outageTolerance = outageTolerance; }

  public int getApplications() { return applications; }
  public void setApplications(int applications) { this.applications = applications; }
  public int getCycle() { return cycle; }
  public void setCycle(int cycle) { this.cycle = cycle; }
  public int getThreads() { return threads; }
  public void setThreads(int threads) { this.threads = Math.max(1, threads); }
  public long getSeed() { return seed; }
  public void setSeed(long seed) { this.seed = seed; }
  public int getBatchSize() { return batchSize; }
  public void setBatchSize(int batchSize) { this.batchSize = Math.max(1, batchSize); }
  public int getVacancies() { return vacancies; }
  public void setVacancies(int vacancies) { this.vacancies = vacancies; }
  public boolean isBaseline() { return baseline; }
  public void setBaseline(boolean baseline) { this.baseline = baseline; }
  public int getBaselineInstances() { return baselineInstances; }
  public void setBaselineInstances(int baselineInstances) { this.baselineInstances = baselineInstances; }
  public boolean isExit() { return exit; }
  public void setExit(boolean exit) { this.exit = exit; }
  public boolean isCheckOnly() { return checkOnly; }
  public void setCheckOnly(boolean checkOnly) { this.checkOnly = checkOnly; }
  public int getNode() { return node; }
  public void setNode(int node) { this.node = node; }
  public int getNodes() { return nodes; }
  public void setNodes(int nodes) { this.nodes = Math.max(1, nodes); }
  public String getReport() { return report; }
  public void setReport(String report) { this.report = report; }
  public int getProgressSeconds() { return progressSeconds; }
  public void setProgressSeconds(int progressSeconds) { this.progressSeconds = Math.max(1, progressSeconds); }
  public int getSampleMillis() { return sampleMillis; }
  public void setSampleMillis(int sampleMillis) { this.sampleMillis = Math.max(50, sampleMillis); }
}
