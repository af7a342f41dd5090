package kz.edu.leaders.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.spring.SpringProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * The engine's own counters (job acquisition and execution, activity instances, root instances started, decisions) as
 * Micrometer counters of this node, {@code camunda.<name>} ({@code camunda_job_failed_total}). The engine keeps them in
 * a {@link MetricsRegistry} whose meters its reporter empties into ACT_RU_METER_LOG every 15 minutes, so neither the
 * meters nor the table count from the node's start; the registry given to the engine here counts every occurrence into
 * totals that are never emptied too. Nothing counts with {@code camunda.bpm.metrics.enabled: false}.
 */
@Component
public class EngineMeters extends SpringProcessEnginePlugin implements MeterBinder {

  /** The engine's names (Metrics) exported; each is marked by the engine itself. */
  static final List<String> NAMES = List.of(Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
      Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
      Metrics.JOB_LOCKED_EXCLUSIVE, Metrics.ACTIVTY_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_END,
      Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.EXECUTED_DECISION_INSTANCES, Metrics.EXECUTED_DECISION_ELEMENTS);

  private final Map<String, LongAdder> totals = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setMetricsRegistry(new CountingRegistry(totals));
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String name : NAMES) {
      FunctionCounter.builder(meterName(name), totals, t -> total(t, name))
          .description("The engine's metric " + name + " on this node since its start")
          .register(registry);
    }
  }

  long total(String name) {
    return total(totals, name);
  }

  static String meterName(String engineName) {
    return "camunda." + engineName.replace('-', '.');
  }

  private static long total(Map<String, LongAdder> totals, String name) {
    LongAdder total = totals.get(name);
    return total == null ? 0 : total.sum();
  }

  /** The engine's registry, counting into totals as well: everything the engine marks passes here. */
  static final class CountingRegistry extends MetricsRegistry {
    private final Map<String, LongAdder> totals;

    CountingRegistry(Map<String, LongAdder> totals) {
      this.totals = totals;
    }

    @Override
    public void markOccurrence(String name, long times) {
      totals.computeIfAbsent(name, n -> new LongAdder()).add(times);
      super.markOccurrence(name, times);
    }
  }
}
