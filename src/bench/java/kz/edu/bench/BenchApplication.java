package kz.edu.bench;

import kz.edu.leaders.LeadersApplication;
import org.springframework.boot.SpringApplication;

/**
 * The app as {@link LeadersApplication#main} starts it, plus {@link BenchBeans}. The profile chooses the program, as
 * in the app before the benchmarks moved out of it: {@code simulate} (the national-cycle simulator, then the bare
 * engine's baseline) or {@code latency-bench} (the task-list latency benchmark), each with {@code postgres,demo}.
 * Started by {@code scripts/bench.sh}; see docs/performance.md.
 */
public final class BenchApplication {

  private BenchApplication() {}

  public static void main(String[] args) {
    SpringApplication.from(LeadersApplication::main).with(BenchBeans.class).run(args);
  }
}
