package kz.edu.leaders.appointment;

import java.util.Set;
import kz.edu.leaders.domain.Region;

/** The vacancy cases a caller may read: every case, or those of some regions (possibly none). */
public record CaseScope(boolean everyRegion, Set<Region> regions) {

  public static CaseScope all() {
    return new CaseScope(true, Set.of());
  }

  public static CaseScope of(Set<Region> regions) {
    return new CaseScope(false, Set.copyOf(regions));
  }

  public boolean covers(String regionCode) {
    return everyRegion || regions.stream().anyMatch(region -> region.name().equals(regionCode));
  }
}
