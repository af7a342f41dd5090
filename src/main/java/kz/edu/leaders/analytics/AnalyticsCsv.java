package kz.edu.leaders.analytics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Each section of a {@link CycleReport} as a CSV file: codes for machines beside names for people. */
final class AnalyticsCsv {

  enum Section {
    FUNNEL("funnel"), DROPOUTS("dropouts"), STAGE_TIMES("stage-times"), PLACEMENT("placement"),
    COMPETITIONS("competitions");

    private final String file;

    Section(String file) {
      this.file = file;
    }

    String file() {
      return file;
    }

    static Optional<Section> of(String file) {
      return Arrays.stream(values()).filter(s -> s.file.equals(file)).findFirst();
    }
  }

  private AnalyticsCsv() {}

  static String write(Section section, CycleReport report) {
    StringWriter out = new StringWriter();
    // The byte-order mark makes spreadsheets read the Kazakh and Russian names as UTF-8.
    out.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      switch (section) {
        case FUNNEL -> funnel(printer, report);
        case DROPOUTS -> dropouts(printer, report);
        case STAGE_TIMES -> stageTimes(printer, report);
        case PLACEMENT -> placement(printer, report);
        case COMPETITIONS -> competitions(printer, report);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void funnel(CSVPrinter printer, CycleReport report) throws IOException {
    printer.printRecord("cycle", "region", "region_name", "stage", "stage_name", "reached", "conversion",
        "applications", "in_progress");
    List<CycleReport.FunnelRow> rows = new ArrayList<>(report.funnel().regions());
    rows.add(report.funnel().total());
    for (CycleReport.FunnelRow row : rows) {
      for (int i = 0; i < report.stages().size(); i++) {
        printer.printRecord(report.cycle(), row.region() == null ? "ALL" : row.region(), row.regionName(),
            report.stages().get(i).code(), report.stages().get(i).name(), row.reached().get(i),
            row.conversion().get(i), row.applications(), row.inProgress());
      }
    }
  }

  private static void dropouts(CSVPrinter printer, CycleReport report) throws IOException {
    printer.printRecord("cycle", "region", "stage", "stage_name", "outcome", "outcome_name", "applications");
    for (CycleReport.Dropout row : report.dropouts()) {
      printer.printRecord(report.cycle(), region(report), row.stage(), row.stageName(), row.outcome(),
          row.outcomeName(), row.applications());
    }
  }

  private static void stageTimes(CSVPrinter printer, CycleReport report) throws IOException {
    printer.printRecord("cycle", "region", "stage", "stage_name", "applications_left", "median_days", "p90_days",
        "in_stage_now");
    for (CycleReport.StageTime row : report.stageTimes()) {
      printer.printRecord(report.cycle(), region(report), row.stage(), row.stageName(), row.applications(),
          row.medianDays(), row.p90Days(), row.inStageNow());
    }
  }

  private static void placement(CSVPrinter printer, CycleReport report) throws IOException {
    List<String> header = new ArrayList<>(List.of("cycle", "region", "region_name", "level", "level_name",
        "enrolled", "appointed"));
    for (String window : report.placement().windows()) {
      header.addAll(List.of("known_" + window, "appointed_within_" + window, "share_" + window));
    }
    printer.printRecord(header);
    List<CycleReport.PlacementRow> rows = new ArrayList<>(report.placement().rows());
    rows.add(report.placement().total());
    for (CycleReport.PlacementRow row : rows) {
      List<Object> cells = new ArrayList<>(List.of(report.cycle(), row.region() == null ? "ALL" : row.region(),
          row.regionName(), row.level() == null ? "ALL" : row.level(), row.levelName() == null ? "" : row.levelName(),
          row.enrolled(), row.appointed()));
      for (int i = 0; i < report.placement().windows().size(); i++) {
        cells.add(row.windowPassed().get(i));
        cells.add(row.appointedWithin().get(i));
        cells.add(row.share().get(i));
      }
      printer.printRecord(cells);
    }
  }

  private static void competitions(CSVPrinter printer, CycleReport report) throws IOException {
    printer.printRecord("announced_from", "announced_until", "region", "region_name", "announced", "in_progress",
        "winner", "no_show", "not_chosen", "no_candidates", "reannounced");
    List<CycleReport.CompetitionRow> rows = new ArrayList<>(report.competitions().regions());
    rows.add(report.competitions().total());
    for (CycleReport.CompetitionRow row : rows) {
      printer.printRecord(report.competitions().from(), report.competitions().until(),
          row.region() == null ? "ALL" : row.region(), row.regionName(), row.announced(), row.inProgress(),
          row.winner(), row.noShow(), row.notChosen(), row.noCandidates(), row.reannounced());
    }
  }

  private static String region(CycleReport report) {
    return report.region() == null ? "ALL" : report.region();
  }
}
