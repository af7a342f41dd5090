package kz.edu.leaders.analytics;

import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What the analytics counts by ({@code leaders.analytics.*}): the windows after enrolment within which a reservist's
 * appointment counts as placement (6 and 12 months, the figures the programme reports).
 */
@Component
@ConfigurationProperties(prefix = "leaders.analytics")
public class AnalyticsSettings {

  private List<Period> placementWindows = List.of(Period.ofMonths(6), Period.ofMonths(12));

  public List<Period> getPlacementWindows() {
    return placementWindows;
  }

  public void setPlacementWindows(List<Period> placementWindows) {
    if (placementWindows == null || placementWindows.isEmpty()
        || placementWindows.stream().anyMatch(p -> p.isZero() || p.isNegative())) {
      throw new IllegalArgumentException("leaders.analytics.placement-windows needs at least one positive period");
    }
    this.placementWindows = placementWindows.stream().sorted(
        (a, b) -> Long.compare(a.toTotalMonths() * 31 + a.getDays(), b.toTotalMonths() * 31 + b.getDays())).toList();
  }
}
