package kz.edu.leaders.analytics;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.edu.leaders.analytics.CycleReport.Named;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.web.Refusal;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analytics API the page {@code /analytics/} reads: the cycles there are, one cycle's report (for the country or
 * one region), and each section of it as a CSV file. Only {@link AnalyticsAccess}'s readers; GETs only.
 */
@RestController
@RequestMapping("/api/analytics/cycles")
public class AnalyticsController {

  private final AnalyticsAccess access;
  private final CycleAnalytics analytics;
  private final AnalyticsSettings settings;

  public AnalyticsController(AnalyticsAccess access, CycleAnalytics analytics, AnalyticsSettings settings) {
    this.access = access;
    this.analytics = analytics;
    this.settings = settings;
  }

  /** What the page needs before a cycle is chosen: the cycles, the regions and stages with their names. */
  public record Overview(List<AnalyticsRepository.CycleSize> cycles, List<Named> regions, List<Named> stages,
                         List<String> placementWindows) {}

  @GetMapping
  public Overview overview(HttpServletRequest request) {
    access.requireReader();
    Language language = Language.of(request);
    return new Overview(analytics.cycles(),
        Arrays.stream(Region.values()).map(r -> new Named(r.name(), r.name(language))).toList(),
        analytics.stages(language),
        settings.getPlacementWindows().stream().map(Object::toString).toList());
  }

  @GetMapping("/{cycle}")
  public ResponseEntity<CycleReport> cycle(@PathVariable String cycle, @RequestParam Map<String, String> params,
                                           HttpServletRequest request) {
    access.requireReader();
    CycleReport report = report(cycle, params, Language.of(request));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(report);
  }

  @GetMapping("/{cycle}/{section}.csv")
  public ResponseEntity<String> csv(@PathVariable String cycle, @PathVariable String section,
                                    @RequestParam Map<String, String> params, HttpServletRequest request) {
    access.requireReader();
    AnalyticsCsv.Section which = AnalyticsCsv.Section.of(section).orElseThrow(() -> Refusal.of(404,
        "analytics.noSection", section, Arrays.stream(AnalyticsCsv.Section.values())
            .map(AnalyticsCsv.Section::file).collect(Collectors.joining(", "))));
    CycleReport report = report(cycle, params, Language.of(request));
    String file = "analytics-" + report.cycle() + (report.region() == null ? "" : "-" + report.region().toLowerCase())
        + "-" + which.file() + ".csv";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .cacheControl(CacheControl.noStore())
        .body(AnalyticsCsv.write(which, report));
  }

  private CycleReport report(String cycleText, Map<String, String> params, Language language) {
    List<String> unknown = params.keySet().stream().filter(p -> !p.equals("region")).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new Refusal(400, "analytics.badRequest",
          unknown.stream().map(p -> FieldError.of(p, "analytics.unknownParameter", "region")).toList());
    }
    if (!cycleText.matches("\\d{4}")) {
      throw new Refusal(400, "analytics.badRequest", List.of(FieldError.of("cycle", "analytics.cycleFormat")));
    }
    int cycle = Integer.parseInt(cycleText);
    Region region = null;
    String regionText = params.get("region");
    if (regionText != null && !regionText.isBlank()) {
      try {
        region = Region.valueOf(regionText.strip());
      } catch (IllegalArgumentException unknownRegion) {
        throw new Refusal(400, "analytics.badRequest", List.of(FieldError.of("region", "value.notAChoice",
            Arrays.stream(Region.values()).map(Region::name).collect(Collectors.joining(", ")))));
      }
    }
    if (!analytics.hasCycle(cycle)) {
      throw Refusal.of(404, "analytics.noCycle", cycle);
    }
    return analytics.report(cycle, region, language);
  }
}
