package kz.edu.bench;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Every bean of the benchmark programs ({@code kz.edu.bench} and below): the simulator, its checks and the bare-engine
 * baseline, and, with profile {@code latency-bench}, the task-list latency benchmark. No context has them unless it
 * is given this class: {@link BenchApplication} adds it to the app's own context, {@code SimulatorAppTest} to a child
 * of the app-test context.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class BenchBeans {}
