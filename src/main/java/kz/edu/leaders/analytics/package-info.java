/**
 * Analytics for analysts, administrators and the ministry's observers ({@link kz.edu.leaders.analytics.AnalyticsAccess}):
 * for a selection cycle, the funnel by region and stage with conversion, the time spent in each stage (median and
 * 90th percentile, from the stage visits the selection records), the placement of the cycle's reservists within the
 * windows of {@link kz.edu.leaders.analytics.AnalyticsSettings}, and the outcomes of the year's open competitions.
 * Every figure is a grouped query on the domain tables ({@link kz.edu.leaders.analytics.AnalyticsRepository}), never
 * the engine's history, so it is the same after a history cleanup; the page {@code /analytics/} draws it with
 * Apache ECharts, and each section is a CSV file too.
 */
package kz.edu.leaders.analytics;
