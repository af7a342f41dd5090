/**
 * Running the app: what an administrator's monitoring reads (issue 23). Who may read Actuator's endpoints
 * ({@link kz.edu.leaders.operations.ActuatorAccess}: the health status for anyone, its details and the Prometheus
 * metrics for administrators), the engine's own counters as Micrometer counters
 * ({@link kz.edu.leaders.operations.EngineMeters}), the work waiting as gauges read from the tables in one cached
 * look ({@link kz.edu.leaders.operations.WorkGauges}), and the HTTP timings of the engine's APIs that Tasklist and
 * Cockpit call ({@link kz.edu.leaders.operations.EngineApiRequests}). It exists apart from the features because it reads
 * all of them and none of them needs it. Depends on {@code identity}, {@code notification} and {@code web}.
 * docs/operations.md, "Monitoring".
 */
package kz.edu.leaders.operations;
