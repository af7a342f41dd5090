/**
 * The national-cycle simulator with its invariant checks and the bare-engine baseline (profile {@code simulate}), and
 * the task-list latency benchmark with its seeder (profile {@code latency-bench}). They drive the app through its
 * public beans (engine, repositories, the test-result import) as its users would; how to run them and what they
 * measured: docs/performance.md.
 */
package kz.edu.bench.simulator;
