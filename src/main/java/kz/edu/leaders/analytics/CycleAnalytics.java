package kz.edu.leaders.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import kz.edu.leaders.analytics.AnalyticsRepository.CompetitionCount;
import kz.edu.leaders.analytics.AnalyticsRepository.Enrolment;
import kz.edu.leaders.analytics.AnalyticsRepository.StageCount;
import kz.edu.leaders.analytics.CycleReport.CompetitionRow;
import kz.edu.leaders.analytics.CycleReport.Dropout;
import kz.edu.leaders.analytics.CycleReport.FunnelRow;
import kz.edu.leaders.analytics.CycleReport.Named;
import kz.edu.leaders.analytics.CycleReport.PlacementRow;
import kz.edu.leaders.analytics.CycleReport.StageTime;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Texts;
import kz.edu.leaders.domain.Post;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.selection.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Builds a cycle's {@link CycleReport} from the grouped rows of {@link AnalyticsRepository}. */
@Service
public class CycleAnalytics {

  /**
   * The stages every enrolled candidate passes, in order. Document correction is a loop beside the document check:
   * an application in it or closed in it has reached the document check and no further.
   */
  static final List<Stage> FUNNEL = List.of(Stage.ELIGIBILITY, Stage.DOCUMENT_CHECK, Stage.TEST, Stage.TRAINING,
      Stage.INTERNSHIP, Stage.FINAL_ASSESSMENT, Stage.INTERVIEW, Stage.RESERVE);
  /** Every stage one waits in; the reserve is where a candidate arrives, not a stage one leaves. */
  static final List<Stage> TIMED = Arrays.stream(Stage.values()).filter(s -> s != Stage.RESERVE).toList();
  static final Set<String> NO_CANDIDATES = Set.of("NO_APPLICATIONS", "NONE_ADMITTED", "NONE_PASSED_TEST", "NO_CONSENT");
  private static final double SECONDS_A_DAY = 86_400;

  private final AnalyticsRepository repository;
  private final AnalyticsSettings settings;
  private final ZoneId zone;
  private final Clock clock;

  @Autowired
  public CycleAnalytics(AnalyticsRepository repository, AnalyticsSettings settings,
                        @Value("${leaders.calendar.zone}") String zone) {
    this(repository, settings, ZoneId.of(zone), Clock.systemUTC());
  }

  CycleAnalytics(AnalyticsRepository repository, AnalyticsSettings settings, ZoneId zone, Clock clock) {
    this.repository = repository;
    this.settings = settings;
    this.zone = zone;
    this.clock = clock;
  }

  public List<AnalyticsRepository.CycleSize> cycles() {
    return repository.cycles();
  }

  public boolean hasCycle(int cycle) {
    return repository.hasApplications(cycle);
  }

  public List<Named> stages(Language language) {
    return FUNNEL.stream().map(s -> stageName(s, language)).toList();
  }

  public CycleReport report(int cycle, Region region, Language language) {
    List<StageCount> counts = repository.stageCounts(cycle, region);
    return new CycleReport(cycle, region == null ? null : region.name(), Instant.now(clock), stages(language),
        funnel(counts, language), dropouts(counts, language), stageTimes(cycle, region, language),
        placement(repository.enrolments(cycle, region), language),
        competitions(cycle, repository.competitions(LocalDate.of(cycle, 1, 1), LocalDate.of(cycle + 1, 1, 1), region),
            language), duties(region, language));
  }

  private CycleReport.Duties duties(Region region, Language language) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    LocalDate until = today.plus(settings.getDutiesHorizon());
    Map<Region, long[]> regions = new EnumMap<>(Region.class);
    long[] all = new long[5];
    for (AnalyticsRepository.DutyCount count : repository.dutiesDue(today, until, region)) {
      int column = switch (count.duty() + "/" + count.state()) {
        case "ATTESTATION/OVERDUE" -> 0;
        case "ATTESTATION/IN_WINDOW" -> 1;
        case "ATTESTATION/DUE_SOON" -> 2;
        case "ROTATION/OVERDUE" -> 3;
        default -> 4;
      };
      regions.computeIfAbsent(Region.valueOf(count.region()), r -> new long[5])[column] += count.count();
      all[column] += count.count();
    }
    List<CycleReport.DutyRow> rows = regions.entrySet().stream()
        .map(e -> dutyRow(e.getKey().name(), e.getKey().name(language), e.getValue())).toList();
    return new CycleReport.Duties(today.toString(), until.toString(), rows,
        dutyRow(null, Texts.render("analytics.allRegions", language), all));
  }

  private static CycleReport.DutyRow dutyRow(String region, String name, long[] row) {
    return new CycleReport.DutyRow(region, name, row[0], row[1], row[2], row[3], row[4]);
  }

  private CycleReport.Funnel funnel(List<StageCount> counts, Language language) {
    Map<Region, long[]> reached = new EnumMap<>(Region.class);
    Map<Region, long[]> totals = new EnumMap<>(Region.class);
    long[] all = new long[FUNNEL.size()];
    long[] allTotals = new long[2];
    for (StageCount count : counts) {
      Region region = Region.valueOf(count.region());
      long[] row = reached.computeIfAbsent(region, r -> new long[FUNNEL.size()]);
      int furthest = funnelPosition(Stage.valueOf(count.stage()));
      for (int i = 0; i <= furthest; i++) {
        row[i] += count.applications();
        all[i] += count.applications();
      }
      long[] sizes = totals.computeIfAbsent(region, r -> new long[2]);
      int inProgress = "IN_PROGRESS".equals(count.status()) ? 1 : 0;
      sizes[0] += count.applications();
      sizes[1] += inProgress * count.applications();
      allTotals[0] += count.applications();
      allTotals[1] += inProgress * count.applications();
    }
    List<FunnelRow> rows = reached.entrySet().stream().map(e -> funnelRow(e.getKey().name(),
        e.getKey().name(language), totals.get(e.getKey()), e.getValue())).toList();
    return new CycleReport.Funnel(rows, funnelRow(null, Texts.render("analytics.allRegions", language),
        allTotals, all));
  }

  private static FunnelRow funnelRow(String region, String name, long[] sizes, long[] reached) {
    List<Double> conversion = IntStream.range(0, reached.length)
        .mapToObj(i -> i == 0 || reached[i - 1] == 0 ? null : share(reached[i], reached[i - 1])).toList();
    return new FunnelRow(region, name, sizes[0], sizes[1], Arrays.stream(reached).boxed().toList(), conversion);
  }

  static int funnelPosition(Stage stage) {
    return stage == Stage.DOCUMENT_CORRECTION ? FUNNEL.indexOf(Stage.DOCUMENT_CHECK) : FUNNEL.indexOf(stage);
  }

  private static List<Dropout> dropouts(List<StageCount> counts, Language language) {
    Map<String, Long> byStageAndOutcome = new TreeMap<>();
    for (StageCount count : counts) {
      if ("CLOSED".equals(count.status()) && count.outcome() != null && !"ENROLLED".equals(count.outcome())) {
        String key = String.format("%02d|%s|%s", Stage.valueOf(count.stage()).ordinal(), count.stage(),
            count.outcome());
        byStageAndOutcome.merge(key, count.applications(), Long::sum);
      }
    }
    return byStageAndOutcome.entrySet().stream().map(e -> {
      String[] key = e.getKey().split("\\|");
      Stage stage = Stage.valueOf(key[1]);
      return new Dropout(key[1], stageName(stage, language).name(), key[2],
          Texts.render("notification.outcome." + key[2], language), e.getValue());
    }).toList();
  }

  private List<StageTime> stageTimes(int cycle, Region region, Language language) {
    Map<String, AnalyticsRepository.StageTime> times = new LinkedHashMap<>();
    repository.stageTimes(cycle, region).forEach(t -> times.put(t.stage(), t));
    Map<String, Long> now = new LinkedHashMap<>();
    repository.inStageNow(cycle, region).forEach(s -> now.put(s.stage(), s.applications()));
    return TIMED.stream().map(stage -> {
      AnalyticsRepository.StageTime time = times.get(stage.name());
      return new StageTime(stage.name(), stageName(stage, language).name(), time == null ? 0 : time.applications(),
          time == null ? null : days(time.medianSeconds()), time == null ? null : days(time.p90Seconds()),
          now.getOrDefault(stage.name(), 0L));
    }).toList();
  }

  private CycleReport.Placement placement(List<Enrolment> enrolments, Language language) {
    List<Period> windows = settings.getPlacementWindows();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Map<String, PlacementTally> rows = new TreeMap<>();
    PlacementTally total = new PlacementTally(null, null, windows.size());
    for (Enrolment enrolment : enrolments) {
      Region region = Region.valueOf(enrolment.region());
      String key = String.format("%02d|%s", region.ordinal(), enrolment.level());
      PlacementTally tally = rows.computeIfAbsent(key,
          k -> new PlacementTally(region, enrolment.level(), windows.size()));
      LocalDate enrolled = enrolment.enrolledAt().atZone(zone).toLocalDate();
      tally.add(enrolled, enrolment.appointedOn(), windows, today);
      total.add(enrolled, enrolment.appointedOn(), windows, today);
    }
    return new CycleReport.Placement(windows.stream().map(Period::toString).toList(),
        rows.values().stream().map(t -> t.row(language)).toList(), total.row(language));
  }

  private static final class PlacementTally {
    final Region region;
    final String level;
    long enrolled;
    long appointed;
    final long[] known;
    final long[] within;

    PlacementTally(Region region, String level, int windows) {
      this.region = region;
      this.level = level;
      this.known = new long[windows];
      this.within = new long[windows];
    }

    void add(LocalDate enrolled, LocalDate appointedOn, List<Period> windows, LocalDate today) {
      this.enrolled++;
      if (appointedOn != null) {
        appointed++;
      }
      for (int i = 0; i < windows.size(); i++) {
        LocalDate end = enrolled.plus(windows.get(i));
        boolean inWindow = appointedOn != null && !appointedOn.isAfter(end);
        // Whether the entry counts for the window: its window is over, or it was appointed within it already.
        if (inWindow || end.isBefore(today)) {
          known[i]++;
        }
        if (inWindow) {
          within[i]++;
        }
      }
    }

    PlacementRow row(Language language) {
      List<Double> shares = IntStream.range(0, known.length)
          .mapToObj(i -> known[i] == 0 ? null : share(within[i], known[i])).toList();
      return new PlacementRow(region == null ? null : region.name(),
          region == null ? Texts.render("analytics.allRegions", language) : region.name(language), level,
          level == null ? null : levelName(level, language), enrolled, appointed,
          Arrays.stream(known).boxed().toList(), Arrays.stream(within).boxed().toList(), shares);
    }
  }

  private static CycleReport.Competitions competitions(int cycle, List<CompetitionCount> counts, Language language) {
    Map<Region, long[]> regions = new EnumMap<>(Region.class);
    long[] all = new long[7];
    for (CompetitionCount count : counts) {
      long[] row = regions.computeIfAbsent(Region.valueOf(count.region()), r -> new long[7]);
      tally(row, count);
      tally(all, count);
    }
    List<CompetitionRow> rows = regions.entrySet().stream()
        .map(e -> competitionRow(e.getKey().name(), e.getKey().name(language), e.getValue())).toList();
    return new CycleReport.Competitions(LocalDate.of(cycle, 1, 1).toString(), LocalDate.of(cycle, 12, 31).toString(),
        rows, competitionRow(null, Texts.render("analytics.allRegions", language), all));
  }

  private static void tally(long[] row, CompetitionCount count) {
    row[0] += count.count();
    if (!"DECIDED".equals(count.status())) {
      row[1] += count.count();
    } else if ("WINNER".equals(count.ending())) {
      row[2] += count.count();
    } else if ("NO_SHOW".equals(count.ending())) {
      row[3] += count.count();
    } else if (NO_CANDIDATES.contains(count.ending())) {
      row[5] += count.count();
    } else {
      row[4] += count.count();
    }
    if (count.reannounced()) {
      row[6] += count.count();
    }
  }

  private static CompetitionRow competitionRow(String region, String name, long[] row) {
    return new CompetitionRow(region, name, row[0], row[1], row[2], row[3], row[4], row[5], row[6]);
  }

  static Named stageName(Stage stage, Language language) {
    return new Named(stage.name(), Texts.render("analytics.stage." + stage.name(), language));
  }

  private static String levelName(String level, Language language) {
    try {
      return Post.valueOf(level).name(language);
    } catch (IllegalArgumentException notAPost) {
      return level;
    }
  }

  private static Double days(double seconds) {
    return Math.round(seconds / SECONDS_A_DAY * 10) / 10.0;
  }

  private static double share(long part, long whole) {
    return Math.round(part * 1000.0 / whole) / 1000.0;
  }
}
