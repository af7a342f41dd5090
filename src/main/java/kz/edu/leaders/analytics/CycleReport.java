package kz.edu.leaders.analytics;

import java.time.Instant;
import java.util.List;

/**
 * A cycle's analytics as the page and the CSV files read it. Names are in the reader's language; codes stay for
 * machines. A region of {@code null} means the whole country.
 */
public record CycleReport(int cycle, String region, Instant computedAt, List<Named> stages, Funnel funnel,
                          List<Dropout> dropouts, List<StageTime> stageTimes, Placement placement,
                          Competitions competitions) {

  public record Named(String code, String name) {}

  /**
   * How many applications reached each stage of {@link CycleReport#stages}, per region and for all of them, with the
   * share of the previous stage's that reached it ({@code conversion}, null for the first stage or after none).
   */
  public record Funnel(List<FunnelRow> regions, FunnelRow total) {}

  public record FunnelRow(String region, String regionName, long applications, long inProgress, List<Long> reached,
                          List<Double> conversion) {}

  /** The applications closed at a stage with an outcome other than enrolment. */
  public record Dropout(String stage, String stageName, String outcome, String outcomeName, long applications) {}

  /** Days spent in a stage by the applications that left it, and how many are in it now. */
  public record StageTime(String stage, String stageName, long applications, Double medianDays, Double p90Days,
                          long inStageNow) {}

  /** The cycle's reservists by region and level, appointed within each window after enrolment. */
  public record Placement(List<String> windows, List<PlacementRow> rows, PlacementRow total) {}

  /**
   * {@code appointedWithin[i]} of {@code windowPassed[i]} reservists whose window i has passed (a window still open
   * for someone enrolled last month says nothing yet), and those appointed at any time.
   */
  public record PlacementRow(String region, String regionName, String level, String levelName, long enrolled,
                             long appointed, List<Long> windowPassed, List<Long> appointedWithin,
                             List<Double> share) {}

  /** Competitions announced in the cycle's calendar year, by region and how they ended. */
  public record Competitions(String from, String until, List<CompetitionRow> regions, CompetitionRow total) {}

  public record CompetitionRow(String region, String regionName, long announced, long inProgress, long winner,
                               long noShow, long notChosen, long noCandidates, long reannounced) {}
}
