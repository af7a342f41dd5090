package kz.edu.bench.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.domain.Region;

/** The simulator's final report: printed for people ({@code [sim]} lines) and written as JSON. */
public final class SimulationReport {

  private SimulationReport() {}

  @SuppressWarnings("unchecked")
  public static void print(Map<String, Object> report) {
    Map<String, Object> project = (Map<String, Object>) report.get("project");
    StringBuilder out = new StringBuilder("\n[sim] ===== simulation report =====\n");
    if (project != null) {
      line(out, "wall time", project.get("wallSeconds") + " s " + project.get("phases"));
      line(out, "instances started", project.get("instancesStartedTotal") + " " + project.get("instancesStarted"));
      line(out, "applications registered", project.get("applicationsRegistered") + " (already there: "
          + project.get("applicationsAlreadyThere") + "), vacancies registered " + project.get("vacanciesRegistered"));
      line(out, "tasks completed", project.get("tasksCompleted") + " " + project.get("tasksByKey"));
      line(out, "test results", project.get("testResultsAccepted") + " accepted of " + project.get("testResultsPosted")
          + " posted in " + project.get("testResultBatches") + " batches");
      line(out, "throughput", project.get("instancesPerSecond") + " instances/s, " + project.get("tasksPerSecond")
          + " tasks/s");
      line(out, "task completion", latency(project.get("taskCompletionLatency")));
      line(out, "member 'My tasks'", latency(project.get("commissionMemberMyTasksLatency")));
      Region busiest = FunnelPolicy.regionWithMostApplications();
      line(out, "operator 'My group tasks'", latency(project.get("operatorMyGroupTasksLatency")) + " ("
          + SimulatorUsers.regionalOperator(busiest) + ", operator of " + busiest.label()
          + ", the region with the most applications)");
      line(out, "raced / failures", project.get("tasksTakenByAnotherNode") + " taken by another node, "
          + project.get("taskFailures") + " task failures");
      Map<String, Object> errors = (Map<String, Object>) project.get("errors");
      if (errors != null) {
        errors.forEach((error, count) -> line(out, "  error x" + count, error));
      }
    }
    line(out, "application outcomes", String.valueOf(report.get("applicationOutcomes")));
    line(out, "vacancy outcomes", String.valueOf(report.get("vacancyOutcomes")));
    Map<String, Object> bare = (Map<String, Object>) report.get("bareEngine");
    if (bare != null) {
      line(out, "bare engine", bare.get("instancesStarted") + " instances x " + bare.get("userTasksPerInstance")
          + " task(s) (project: " + bare.get("userTasksPerCandidateInProject") + " per candidate), "
          + bare.get("wallSeconds") + " s " + bare.get("phases") + ", " + bare.get("instancesPerSecond") + " instances/s, "
          + bare.get("tasksPerSecond") + " tasks/s; task completion " + latency(bare.get("taskCompletionLatency")));
      line(out, "  while bare: task lists", "member " + latency(bare.get("commissionMemberMyTasksLatency"))
          + "; operator " + latency(bare.get("operatorMyGroupTasksLatency")));
      Map<String, Object> ratio = (Map<String, Object>) report.get("projectToBareRatio");
      line(out, "project / bare", "tasks/s " + ratio.get("tasksPerSecond") + ", instances/s "
          + ratio.get("instancesPerSecond") + " (goal: tasks/s at least " + ratio.get("goal") + ")");
    }
    for (Map<String, Object> check : (List<Map<String, Object>>) report.getOrDefault("checks", List.of())) {
      out.append("[sim] ").append(check.get("result")).append("  ").append(check.get("check")).append(": ")
          .append(check.get("detail")).append('\n');
    }
    out.append("[sim] ").append(Boolean.TRUE.equals(report.get("passed")) ? "ALL CHECKS PASSED" : "CHECKS FAILED")
        .append('\n');
    System.out.print(out);
    System.out.flush();
  }

  public static void write(Map<String, Object> report, String path) throws IOException {
    Path file = Path.of(path);
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
    System.out.println("[sim] report written to " + file.toAbsolutePath());
  }

  @SuppressWarnings("unchecked")
  private static String latency(Object summary) {
    if (!(summary instanceof Map<?, ?> map)) {
      return "-";
    }
    Map<String, Object> s = (Map<String, Object>) map;
    return "p50 " + s.get("p50Ms") + " ms, p95 " + s.get("p95Ms") + " ms, p99 " + s.get("p99Ms") + " ms (n="
        + s.get("count") + ")";
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format("[sim] %-26s %s%n", label, value));
  }
}
