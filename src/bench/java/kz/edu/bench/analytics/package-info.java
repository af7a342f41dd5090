/**
 * The analytics benchmark (profile {@code analytics-bench}): several national cycles of applications written straight
 * into the domain tables ({@link kz.edu.bench.analytics.AnalyticsCycleSeeder}), then each cycle's report timed, in the
 * service and through the API as the page asks for it ({@link kz.edu.bench.analytics.AnalyticsBenchmark}).
 */
package kz.edu.bench.analytics;
